import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Language } from '../shared/schemas/language';
import { ApiClient } from '../server/test/api-client';
import { connectMeeting, type TestMeetingClient } from '../server/test/meeting-client';
import {
  admin,
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  startTestServer,
  type TestServer,
  openBoardMenu,
} from './support/index';
import { pdfPages, pdfText } from './support/pdf-text';

const words = {
  nb: {
    shown: 'Vist i møtet',
    button: 'Referat',
    make: 'Lag referat',
    made: 'Referatet er laget og lagret med tavla.',
    dialog: 'Referat fra møtet',
    present: 'Til stede',
    votes: 'Avstemninger',
    rounds: 'Anonyme runder',
    decisions: 'Vedtak og enighet',
    image: 'Bilde av tavla',
    dots: (n: number) => `${n} prikker`,
    about: (item: string) => `Gjelder «${item}».`,
    word: /som Word$/,
    pdf: /som PDF$/,
  },
  nn: {
    shown: 'Vist i møtet',
    button: 'Referat',
    make: 'Lag referat',
    made: 'Referatet er laga og lagra med tavla.',
    dialog: 'Referat frå møtet',
    present: 'Til stades',
    votes: 'Avrøystingar',
    rounds: 'Anonyme rundar',
    decisions: 'Vedtak og semje',
    image: 'Bilete av tavla',
    dots: (n: number) => `${n} prikkar`,
    about: (item: string) => `Gjeld «${item}».`,
    word: /som Word$/,
    pdf: /som PDF$/,
  },
} as const;

/** The text of a .docx, read from its main XML part (the paragraphs' runs, one line per paragraph). */
function docxText(file: Buffer): { text: string; media: string[] } {
  const files = unzipSync(new Uint8Array(file));
  const xml = strFromU8(files['word/document.xml']!);
  const text = xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { text, media: Object.keys(files).filter((name) => name.startsWith('word/media/')) };
}

const eventually = async (check: () => boolean, what: string) => {
  const until = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(!chromiumPath)('minutes of a meeting in the browser', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const meetings: TestMeetingClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv, demo: false });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await loginAs(page, server);
  });
  beforeEach(() => {
    errors.length = 0;
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
  });
  afterAll(async () => {
    for (const meeting of meetings) meeting.client.destroy();
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  describe.each(['nb', 'nn'] as const)('in %s', (language: Language) => {
    const w = words[language];

    it('makes minutes of a short meeting (a vote, a round, a decision) as Word and PDF, stored with the board', async () => {
      const regionId = (await adminApi.request('/regions', 'POST', { name: `Referat ${language}` })).body.region.id as string;
      await adminApi.request(`/regions/${regionId}`, 'PATCH', { language });
      const invitation = await adminApi.request(`/regions/${regionId}/invitations`, 'POST', { role: 'medlem' });
      const token = String(invitation.body.invitation.path).split('/').pop();
      const mia = { email: `mia-${language}@kommune.test`, password: 'et-langt-passord' };
      await new ApiSession(server).request(`/invitations/by-token/${token}/register`, 'POST', { ...mia, displayName: 'Mia Medlem' });
      const board = (await adminApi.request(`/regions/${regionId}/boards`, 'POST', { templateId: 'spilleregler-for-samarbeidet' })).body.board;

      // Ada has the board open (so she is in the meeting channel); Mia joins the meeting too.
      await page.goto(`${server.url}/tavler/${board.id}`);
      await page.locator('.tl-shape[data-shape-type="note"]').first().waitFor({ timeout: 30_000 });
      const notes = await page
        .locator('.tl-shape[data-shape-type="note"]')
        .evaluateAll((shapes) => shapes.slice(0, 3).map((shape) => ({ id: shape.getAttribute('data-shape-id')!, label: (shape.textContent ?? '').trim() })));
      expect(notes.every((note) => note.label !== '')).toBe(true);
      const adaClient = await new ApiClient(server.url).login(admin.email, admin.password);
      const miaClient = await new ApiClient(server.url).login(mia.email, mia.password);
      const facilitator = await connectMeeting(server.url, board.id, adaClient);
      const member = await connectMeeting(server.url, board.id, miaClient);
      meetings.push(facilitator, member);
      const state = (meeting: TestMeetingClient) => meeting.client.snapshot.state!;

      // Ada presents the board's first two frames; the minutes list what was shown.
      await page.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Presenter', exact: true }).click();
      await page.getByRole('dialog', { name: 'Presenter tavla' }).getByRole('button', { name: 'Start presentasjonen' }).click();
      const counter = page.getByTestId('presentation-counter');
      const shown: string[] = [];
      for (const position of [1, 2]) {
        if (position > 1) await page.keyboard.press('ArrowRight');
        await expect.poll(() => counter.textContent()).toMatch(new RegExp(` ${position} av \\d+$`));
        shown.push((await counter.textContent())!.replace(/ \d+ av \d+$/, '').trim());
      }
      await page.keyboard.press('Escape');
      await page.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });
      expect(shown[0]).not.toBe(shown[1]);
      // Once the server has noted both (the presenter's own page tells it).
      await expect
        .poll(
          async () =>
            (await adminApi.request<{ record: { slides: { title: string }[] } }>(`/boards/${board.id}/minutes/draft`)).body.record.slides.map(
              (slide) => slide.title,
            ),
          { timeout: 10_000 },
        )
        .toEqual(shown);

      // A vote: Mia gives both her dots to the second note, Ada one to the first.
      facilitator.client.send({ type: 'vote/start', dotsPerPerson: 2, anonymous: true, items: notes.slice(0, 2) });
      await eventually(() => state(member).vote?.status === 'open', 'the vote');
      member.client.send({ type: 'vote/cast', itemId: notes[1]!.id });
      member.client.send({ type: 'vote/cast', itemId: notes[1]!.id });
      facilitator.client.send({ type: 'vote/cast', itemId: notes[0]!.id });
      await eventually(() => state(facilitator).vote?.voterCount === 2, 'two voters');
      facilitator.client.send({ type: 'vote/close' });
      // A round in which Mia "wrote" the third note.
      facilitator.client.send({ type: 'round/start', title: 'Innspill' });
      await eventually(() => state(member).rounds[0]?.status === 'open', 'the round');
      member.client.send({ type: 'round/claim', itemId: notes[2]!.id });
      await eventually(() => state(facilitator).rounds[0]?.items.length === 1, 'the claim');
      facilitator.client.send({ type: 'round/end' });
      await eventually(() => state(facilitator).rounds[0]?.status === 'closed', 'the round to end');
      await adminApi.request(`/boards/${board.id}/decisions/${encodeURIComponent(notes[1]!.id)}`, 'PUT', {
        itemLabel: notes[1]!.label,
        text: 'Vi møtes hver måned',
        decidedOn: '2026-11-03',
        agreedBy: 'Alle kommunene',
      });

      await (await openBoardMenu(page)).getByRole('button', { name: w.button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.dialog });
      // The dialog lists what was shown in the meeting just held, before the minutes are made.
      await dialog.getByRole('heading', { name: w.shown }).waitFor();
      for (const title of shown) await dialog.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'Ada Administrator' }).waitFor();
      await dialog.getByRole('button', { name: w.make }).click();
      await page.getByText(w.made).first().waitFor({ timeout: 30_000 });
      expect(await checkAccessibility(page)).toEqual([]);

      const [wordDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: w.word }).first().click()]);
      const word = docxText(readFileSync((await wordDownload.path())!));
      const [pdfDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: w.pdf }).first().click()]);
      const pdf = pdfText(readFileSync((await pdfDownload.path())!));
      // A heading stays with what follows it: the page with "Bilde av tavla" also draws the picture.
      const pages = pdfPages(readFileSync((await pdfDownload.path())!));
      const imagePage = pages.find((candidate) => candidate.text.split('\n').includes(w.image));
      expect(imagePage, `a page with ${w.image}`).toBeDefined();
      expect(imagePage!.images).toBe(1);
      // Named after the board, so two boards' minutes of one day do not get the same name.
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
      expect(wordDownload.suggestedFilename()).toBe(`${board.title} – referat ${day}.docx`);
      expect(pdfDownload.suggestedFilename()).toBe(`${board.title} – referat ${day}.pdf`);

      for (const [format, text] of [
        ['docx', word.text],
        ['pdf', pdf],
      ] as const) {
        for (const expected of [
          w.present,
          'Ada Administrator',
          'Mia Medlem',
          w.votes,
          w.rounds,
          'Innspill',
          w.decisions,
          'Vi møtes hver måned',
          `Referat ${language}`,
        ]) {
          expect(text, `${format}: ${expected}`).toContain(expected);
        }
        // The slides shown, in order, with who showed them.
        const heading = text.indexOf(w.shown);
        expect(heading, `${format}: ${w.shown}`).toBeGreaterThan(-1);
        const first = text.indexOf(shown[0]!, heading);
        expect(first, `${format}: ${shown[0]}`).toBeGreaterThan(heading);
        expect(text.indexOf(shown[1]!, first), `${format}: ${shown[1]}`).toBeGreaterThan(first);
        expect(text.slice(heading, text.indexOf(w.votes))).toContain('Ada Administrator');
        // The vote ranked: the second note (2 dots) before the first (1 dot).
        const second = text.indexOf(`1. ${notes[1]!.label.slice(0, 20)}`);
        expect(second, `${format}: ranked vote`).toBeGreaterThan(-1);
        expect(text.indexOf(w.dots(2)), format).toBeGreaterThan(second);
        // The round's note, by its text, never with its author beside it.
        expect(text, format).toContain(notes[2]!.label.slice(0, 20));
        // The decision says what on the board it is about, as the board's own list of decisions does
        // (a line the PDF wraps is read whole).
        const decided = text.replace(/\s*\n\s*/g, ' ');
        expect(decided, `${format}: what the decision is about`).toContain(`Vi møtes hver måned`);
        expect(decided.slice(decided.indexOf('Vi møtes hver måned')), `${format}: what the decision is about`).toContain(w.about(notes[1]!.label));
      }
      expect(word.media.length).toBe(1);
      expect(errors).toEqual([]);
    }, 150_000);
  });

  it('says to reload the page, not to try again, when Planrom was updated after the page was opened', async () => {
    // The page asks for the PDF library only when minutes are made; after an update the server has
    // the new release's file under another name, and the old one is gone.
    const regionId = (await adminApi.request('/regions', 'POST', { name: 'Referat etter oppdatering' })).body.region.id as string;
    const board = (await adminApi.request(`/regions/${regionId}/boards`, 'POST', { title: 'Møtet', kind: 'canvas' })).body.board;
    const updated = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const ada = await updated.newPage();
      await loginAs(ada, server);
      await ada.route(/\/assets\/jspdf[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await ada.goto(`${server.url}/tavler/${board.id}`);
      await ada.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor({ timeout: 30_000 });
      await (await openBoardMenu(ada)).getByRole('button', { name: 'Referat', exact: true }).click();
      const dialog = ada.getByRole('dialog', { name: 'Referat fra møtet' });
      await dialog.getByRole('button', { name: 'Lag referat' }).click();
      await dialog.getByText('Planrom er oppdatert etter at du åpnet denne siden. Last inn siden på nytt for å fortsette.').waitFor();
    } finally {
      await updated.close();
    }
  });
});
