import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Language } from '../shared/schemas/language';
import type { Role } from '../shared/schemas/role';
import { getTemplate } from '../shared/templates/build-template';
import {
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  pageScrollsSideways,
  startTestServer,
  type Credentials,
  type TestServer,
} from './support/index';
import { recordScripts } from './support/page-scripts';
import { pdfText } from './support/pdf-text';

/** What a planner reads on the barometer, in each language. */
const words = {
  nb: {
    principle: (n: number, title: string) => `Prinsipp ${n}: ${title}`,
    titles: [
      'Tydelige grenser',
      'Regler som passer oss',
      'Vi bestemmer sammen',
      'Vi følger med',
      'Rimelige reaksjoner',
      'Rask hjelp ved uenighet',
      'Anerkjent utenfra',
      'Nivåene henger sammen',
    ],
    scale: (score: number) =>
      score === 0 ? 'Vet ikke' : `${score} – ${['stemmer ikke', 'stemmer litt', 'stemmer delvis', 'stemmer godt', 'stemmer helt'][score - 1]}`,
    comment: (title: string) => `Kommentar til «${title}»`,
    roundName: 'Navn på runden',
    open: 'Åpne runden',
    save: 'Lagre svaret',
    saved: 'Svaret ditt er lagret.',
    observer: 'Som observatør kan du se resultatene, men ikke svare.',
    close: 'Lukk runden nå',
    closeNamed: (title: string) => `Lukk runden «${title}» nå`,
    latest: (title: string) => `Siste resultat: ${title}`,
    result: (title: string) => `Resultat: ${title}`,
    weak: 'Svakt punkt',
    tooFew: 'For få svar til å vise noe (minst 3).',
    trendTable: 'Median per prinsipp og runde',
    fewInTable: 'for få svar',
    use: (title: string) => `Lag tavle fra malen «${title}»`,
    present: 'Vis i møtet',
    next: 'Neste',
    csv: 'Last ned CSV',
    pdf: 'Last ned PDF',
    comment1: 'Vi vet ikke helt hvem som er med.',
  },
  nn: {
    principle: (n: number, title: string) => `Prinsipp ${n}: ${title}`,
    titles: [
      'Tydelege grenser',
      'Reglar som passar oss',
      'Vi bestemmer saman',
      'Vi følgjer med',
      'Rimelege reaksjonar',
      'Rask hjelp ved usemje',
      'Godkjent utanfrå',
      'Nivåa heng saman',
    ],
    scale: (score: number) =>
      score === 0 ? 'Veit ikkje' : `${score} – ${['stemmer ikkje', 'stemmer litt', 'stemmer delvis', 'stemmer godt', 'stemmer heilt'][score - 1]}`,
    comment: (title: string) => `Kommentar til «${title}»`,
    roundName: 'Namn på runden',
    open: 'Opne runden',
    save: 'Lagre svaret',
    saved: 'Svaret ditt er lagra.',
    observer: 'Som observatør kan du sjå resultata, men ikkje svare.',
    close: 'Lukk runden no',
    closeNamed: (title: string) => `Lukk runden «${title}» no`,
    latest: (title: string) => `Siste resultat: ${title}`,
    result: (title: string) => `Resultat: ${title}`,
    weak: 'Svakt punkt',
    tooFew: 'For få svar til å vise noko (minst 3).',
    trendTable: 'Median per prinsipp og runde',
    fewInTable: 'for få svar',
    use: (title: string) => `Lag tavle frå malen «${title}»`,
    present: 'Vis i møtet',
    next: 'Neste',
    csv: 'Last ned CSV',
    pdf: 'Last ned PDF',
    comment1: 'Vi veit ikkje heilt kven som er med.',
  },
} as const;

describe.skipIf(!chromiumPath)('the cooperation barometer in the browser', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  let people = 0;

  /** Someone who joined a region with a role through an invitation. */
  async function newPerson(regionId: string, role: Role, name: string): Promise<Credentials> {
    people += 1;
    const invitation = await adminApi.request(`/regions/${regionId}/invitations`, 'POST', { role });
    const token = String(invitation.body.invitation.path).split('/').pop();
    const credentials = { email: `barometer${people}@kommune.test`, password: 'et-langt-passord' };
    const registered = await new ApiSession(server).request(`/invitations/by-token/${token}/register`, 'POST', { ...credentials, displayName: name });
    expect(registered.status).toBe(201);
    return credentials;
  }

  async function pageFor(who: Credentials): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await loginAs(page, server, who);
    return page;
  }

  const heading1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv, demo: false });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
  });
  beforeEach(() => {
    errors.length = 0;
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it('focus goes where the work continues: to the faulty field, the new round and the closed round’s result', async () => {
    const w = words.nb;
    const regionId = (await adminApi.request('/regions', 'POST', { name: 'Barometer fokus' })).body.region.id as string;
    const kari = await pageFor(await newPerson(regionId, 'koordinator', 'Kari Koordinator'));
    await kari.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    await heading1(kari, 'Samarbeidsbarometer');
    const focused = (locator: ReturnType<Page['locator']>) =>
      expect.poll(() => locator.evaluate((element) => element === document.activeElement).catch(() => false), { timeout: 5000 }).toBe(true);

    // Opening a round without a name: the name field takes focus, not the button.
    await kari.getByRole('button', { name: w.open }).click();
    await focused(kari.getByRole('textbox', { name: w.roundName }));

    // Opened: the new round's answer form takes focus (the open form and its button are gone).
    await kari.getByRole('textbox', { name: w.roundName }).fill('Vår');
    await kari.getByRole('button', { name: w.open }).click();
    await focused(kari.getByRole('heading', { name: 'Ditt svar i «Vår»' }));

    // Saving with nothing chosen: the first principle's choice takes focus.
    await kari.getByRole('button', { name: w.save }).click();
    await focused(
      kari
        .getByRole('group', { name: w.principle(1, w.titles[0]!) })
        .getByRole('radio')
        .first(),
    );

    // Closed: the round's result takes focus.
    await kari.getByRole('button', { name: w.close }).click();
    await kari
      .getByRole('dialog')
      .getByRole('button', { name: w.closeNamed('Vår') })
      .click();
    await focused(kari.getByRole('heading', { name: w.result('Vår') }));
    // The empty name's refusal (400) is expected; nothing else may go wrong.
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
  }, 60_000);

  it('fits a 320 px wide screen with a long word in a comment, and its tables scroll by keyboard', async () => {
    const w = words.nb;
    const regionId = (await adminApi.request('/regions', 'POST', { name: 'Barometer smal' })).body.region.id as string;
    const coordinator = await newPerson(regionId, 'koordinator', 'Kari Koordinator');
    const kariApi = await ApiSession.login(server, coordinator);
    const longWord = 'Reguleringsplanprosessgjennomgangsrapport'; // 41 letters
    for (const title of ['Vår', 'Høst']) {
      const round = await kariApi.request(`/regions/${regionId}/barometer/rounds`, 'POST', { title, closesOn: '2099-12-31' });
      expect(round.status).toBe(201);
      for (const name of ['Anna', 'Bjørn', 'Cecilie']) {
        const api = await ApiSession.login(server, await newPerson(regionId, 'medlem', name));
        const answers = [1, 2, 3, 4, 5, 6, 7, 8].map((principle) => ({ principle, score: 3, comment: `Langt ord: ${longWord}` }));
        expect((await api.request(`/regions/${regionId}/barometer/rounds/${round.body.round.id}/answers/mine`, 'PUT', { answers })).status).toBe(200);
      }
      expect((await kariApi.request(`/regions/${regionId}/barometer/rounds/${round.body.round.id}/close`, 'POST')).status).toBe(200);
    }
    const kari = await pageFor(coordinator);
    await kari.setViewportSize({ width: 320, height: 640 });
    const sideways = () => pageScrollsSideways(kari);

    await kari.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    await kari.getByRole('heading', { name: w.result('Høst') }).waitFor();
    await kari.getByText(longWord).first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    // The trend table scrolls inside a region a keyboard can reach, named for the table.
    const region = kari.getByRole('region', { name: w.trendTable });
    expect(await region.evaluate((element) => element.tabIndex)).toBe(0);
    expect(await checkAccessibility(kari)).toEqual([]);

    await kari.goto(`${server.url}/samarbeid/${regionId}`);
    await kari.getByRole('heading', { name: w.latest('Høst') }).waitFor();
    await kari.getByText(longWord).first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);

    // The meeting view's overview table fits, or scrolls in its own region.
    await kari.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    await kari.getByRole('link', { name: w.present }).click();
    await kari.getByRole('heading', { name: 'Samarbeidsbarometer: Høst' }).waitFor();
    await kari.getByRole('table').first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(await checkAccessibility(kari)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('"Vis i møtet" takes the keys of presenting a board: Home and End go to the first and last slide, Escape ends it', async () => {
    const w = words.nb;
    const regionId = (await adminApi.request('/regions', 'POST', { name: 'Barometer vis' })).body.region.id as string;
    const coordinator = await newPerson(regionId, 'koordinator', 'Kari Koordinator');
    const kariApi = await ApiSession.login(server, coordinator);
    const round = await kariApi.request(`/regions/${regionId}/barometer/rounds`, 'POST', { title: 'Vår', closesOn: '2099-12-31' });
    expect((await kariApi.request(`/regions/${regionId}/barometer/rounds/${round.body.round.id}/close`, 'POST')).status).toBe(200);
    const kari = await pageFor(coordinator);
    await kari.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    await kari.getByRole('link', { name: w.present }).click();
    await kari.getByRole('heading', { name: 'Samarbeidsbarometer: Vår' }).waitFor();

    await kari.keyboard.press('End');
    await kari.getByRole('heading', { name: w.principle(8, w.titles[7]!) }).waitFor();
    await kari.keyboard.press('Home');
    await kari.getByRole('heading', { name: 'Oversikt' }).waitFor();
    await kari.keyboard.press('Escape');
    await heading1(kari, 'Samarbeidsbarometer');
    await kari.getByRole('heading', { name: w.result('Vår') }).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  describe.each(['nb', 'nn'] as const)('in %s', (language: Language) => {
    const w = words[language];

    it('three members answer, a coordinator closes the round, everyone sees the result and the trend, and a weak principle starts a worksheet', async () => {
      const regionId = (await adminApi.request('/regions', 'POST', { name: `Barometer ${language}` })).body.region.id as string;
      expect((await adminApi.request(`/regions/${regionId}`, 'PATCH', { language })).status).toBe(200);
      const coordinator = await newPerson(regionId, 'koordinator', 'Kari Koordinator');
      const members = [
        await newPerson(regionId, 'medlem', 'Anna Andersen'),
        await newPerson(regionId, 'medlem', 'Bjørn Berg'),
        await newPerson(regionId, 'medlem', 'Cecilie Dahl'),
      ];
      const observer = await newPerson(regionId, 'observator', 'Olav Observatør');
      const barometer = `${server.url}/samarbeid/${regionId}/barometer`;

      // The coordinator opens a round.
      const kari = await pageFor(coordinator);
      await kari.goto(barometer);
      await heading1(kari, 'Samarbeidsbarometer');
      await kari.getByRole('textbox', { name: w.roundName }).fill('Vår');
      await kari.getByRole('button', { name: w.open }).click();
      await kari.getByRole('button', { name: w.close }).waitFor();

      // Three members answer in their own browsers: Anna and Bjørn 2 everywhere, Cecilie 4 and "don't know" on principle 8.
      const scores = [Array(8).fill(2), Array(8).fill(2), [4, 4, 4, 4, 4, 4, 4, 0]];
      for (const [index, member] of members.entries()) {
        const page = await pageFor(member);
        await page.goto(barometer);
        await heading1(page, 'Samarbeidsbarometer');
        for (const [principle, score] of scores[index]!.entries()) {
          const group = page.getByRole('group', { name: w.principle(principle + 1, w.titles[principle]!) });
          await group.getByRole('radio', { name: w.scale(score), exact: true }).check();
        }
        if (index === 0) await page.getByRole('textbox', { name: w.comment(w.titles[0]!) }).fill(w.comment1);
        await page.getByRole('button', { name: w.save }).click();
        await page.getByText(w.saved).first().waitFor();
        if (index === 0) {
          // What Anna gave comes back when she returns, so she can change it.
          await page.reload();
          const group = page.getByRole('group', { name: w.principle(1, w.titles[0]!) });
          await group.getByRole('radio', { name: w.scale(2), exact: true }).waitFor();
          expect(await group.getByRole('radio', { name: w.scale(2), exact: true }).isChecked()).toBe(true);
          expect(await page.getByRole('textbox', { name: w.comment(w.titles[0]!) }).inputValue()).toBe(w.comment1);
          expect(await checkAccessibility(page)).toEqual([]);
        }
      }

      // An observer sees the round but cannot answer.
      const olav = await pageFor(observer);
      await olav.goto(barometer);
      await olav.getByText(w.observer).waitFor();
      expect(await olav.getByRole('button', { name: w.save }).count()).toBe(0);

      // The coordinator closes the round; the result appears.
      await kari.reload();
      await kari.getByRole('button', { name: w.close }).click();
      await kari
        .getByRole('dialog')
        .getByRole('button', { name: w.closeNamed('Vår') })
        .click();
      await kari.getByRole('heading', { name: w.result('Vår') }).waitFor();
      const first = kari.getByRole('listitem', { name: new RegExp(`^${w.principle(1, w.titles[0]!)}`) });
      expect(await first.textContent()).toContain(w.weak);
      expect(await first.textContent()).toContain(w.comment1);
      const eighth = kari.getByRole('listitem', { name: new RegExp(`^${w.principle(8, w.titles[7]!)}`) });
      expect(await eighth.textContent()).toContain(w.tooFew);
      expect(await checkAccessibility(kari)).toEqual([]);

      // A second round (through the API), where everyone answers 3: now there is a trend.
      const kariApi = await ApiSession.login(server, coordinator);
      const second = await kariApi.request(`/regions/${regionId}/barometer/rounds`, 'POST', { title: 'Høst', closesOn: '2099-12-31' });
      expect(second.status).toBe(201);
      for (const member of members) {
        const api = await ApiSession.login(server, member);
        const answers = [1, 2, 3, 4, 5, 6, 7, 8].map((principle) => ({ principle, score: 3 }));
        expect((await api.request(`/regions/${regionId}/barometer/rounds/${second.body.round.id}/answers/mine`, 'PUT', { answers })).status).toBe(200);
      }
      expect((await kariApi.request(`/regions/${regionId}/barometer/rounds/${second.body.round.id}/close`, 'POST')).status).toBe(200);

      // The observer sees the latest result and the trend on the region page: a chart and its table.
      const loaded = recordScripts(olav);
      await olav.goto(`${server.url}/samarbeid/${regionId}`);
      await olav.getByRole('heading', { name: w.latest('Høst') }).waitFor();
      await olav.locator('.barometer-chart canvas').first().waitFor();
      // The chart is its own chunk, fetched only when a trend is shown; with it, the region page stays
      // free of editor code and within the region pages' budget (e2e/bundle-budget.test.ts).
      const scripts = await loaded();
      expect(scripts.flatMap((script) => script.libraries)).toEqual([]);
      expect(scripts.some((script) => /trend-chart-/.test(script.url))).toBe(true);
      const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
      console.log(`region page with a trend (${language}): ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB gzip`);
      expect(total).toBeLessThan(250 * 1024);
      const table = olav.getByRole('table', { name: w.trendTable });
      expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Prinsipp', 'Vår', 'Høst']);
      const rows = await table.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((cell) => cell.textContent)));
      expect(rows[0]).toEqual([`1. ${w.titles[0]}`, '2', '3']);
      expect(rows[7]).toEqual([`8. ${w.titles[7]}`, w.fewInTable, '3']);
      expect(await checkAccessibility(olav)).toEqual([]);

      // The weak principle of the first round offers its worksheet: one click makes the board.
      await kari.goto(barometer);
      await kari.getByRole('combobox', { name: 'Vis resultatet for' }).selectOption({ label: 'Vår' });
      await kari.getByRole('heading', { name: w.result('Vår') }).waitFor();
      const worksheet = getTemplate('vart-formal').texts[language].title;
      const weak = kari.getByRole('listitem', { name: new RegExp(`^${w.principle(1, w.titles[0]!)}`) });
      await weak.getByRole('button', { name: w.use(worksheet) }).click();
      await kari.waitForURL(/\/tavler\//);
      await heading1(kari, worksheet);

      // The result as a meeting view, and exported.
      await kari.goto(barometer);
      await kari.getByRole('heading', { name: w.result('Høst') }).waitFor();
      const [csvDownload] = await Promise.all([kari.waitForEvent('download'), kari.getByRole('button', { name: w.csv }).click()]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv).toContain(`"Vår";"1. ${w.titles[0]}";3;2;0;2;0;1;0`);
      expect(csv).toContain(`"Vår";"8. ${w.titles[7]}";2;;;;;;`);
      const [pdfDownload] = await Promise.all([kari.waitForEvent('download'), kari.getByRole('button', { name: w.pdf }).click()]);
      expect(pdfDownload.suggestedFilename()).toBe(`Samarbeidsbarometer Barometer ${language} – Høst.pdf`);
      expect(csvDownload.suggestedFilename()).toBe(`Samarbeidsbarometer Barometer ${language} – Høst.csv`);
      const pdf = readFileSync((await pdfDownload.path())!);
      expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
      const text = pdfText(pdf);
      expect(text).toContain('Samarbeidsbarometer: Høst');
      expect(text).toContain(`1. ${w.titles[0]}`);
      expect(text).toContain('Vår');

      // The tab's title names the region, like the region's other pages.
      expect(await kari.title()).toBe(`Samarbeidsbarometer i Barometer ${language} – Planrom`);
      await kari.getByRole('link', { name: w.present }).click();
      await kari.getByRole('heading', { name: 'Samarbeidsbarometer: Høst' }).waitFor();
      // The meeting view's tab names the round it shows.
      expect(await kari.title()).toBe(`Samarbeidsbarometer: Høst i Barometer ${language} – Planrom`);
      await kari.keyboard.press('ArrowRight');
      await kari.getByRole('heading', { name: w.principle(1, w.titles[0]!) }).waitFor();
      await kari.getByRole('button', { name: w.next }).click();
      await kari.getByRole('heading', { name: w.principle(2, w.titles[1]!) }).waitFor();
      expect(await checkAccessibility(kari)).toEqual([]);
      expect(errors).toEqual([]);
    }, 150_000);
  });
});
