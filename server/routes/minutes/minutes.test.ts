import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { eventually } from '../../test/diagram-client';
import { connectMeeting, type TestMeetingClient } from '../../test/meeting-client';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

const stateOf = (meeting: TestMeetingClient) => meeting.client.snapshot.state!;

describe('minutes of a meeting on a board', () => {
  let server: ServerUnderTest;
  let regionId: string;

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.admin.post('/api/regions', { name: 'Referat' })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('gives the meeting just held: who was there, closed votes ranked, rounds without authors, decisions', async () => {
    const boardId = await createBoard(server, regionId, 'Planforum');
    const mia = await createMember(server, regionId, 'medlem', 'Mia Medlem');
    const olav = await createMember(server, regionId, 'observator', 'Olav Observatør');
    const facilitator = await connectMeeting(server.url, boardId, server.admin);
    const writer = await connectMeeting(server.url, boardId, mia.client);
    const watcher = await connectMeeting(server.url, boardId, olav.client);
    // The meeting-room screen, opened by a view link: it follows, and is no one present.
    const screenGuest = server.client();
    await openShareLink(screenGuest, (await createShareLink(server, boardId, 'view')).token);
    const screen = await connectMeeting(server.url, boardId, screenGuest, { screen: true });

    // The slides shown: the same one twice in a row is noted once, going back to one is not listed
    // again, a member presents one too, and an observer (who cannot run the meeting) is refused.
    const slide = (id: string, title: string) => ({ type: 'slide/shown' as const, slide: { id, title } });
    facilitator.client.send(slide('phase:forarbeid', 'Forarbeid'));
    facilitator.client.send(slide('phase:forarbeid', 'Forarbeid'));
    facilitator.client.send(slide('phase:horing', 'Høring'));
    facilitator.client.send(slide('phase:forarbeid', 'Forarbeid'));
    // (A message that answers with the state, so the slides above are noted before Mia's.)
    facilitator.client.send({ type: 'timer/set', durationMs: 120_000 });
    await eventually(() => expect(stateOf(facilitator).timer.durationMs).toBe(120_000));
    writer.client.send(slide('shape:ramme', 'Mål'));
    watcher.client.send(slide('shape:skjult', 'Ikke vist'));
    await eventually(() => expect(watcher.refusals).toContainEqual({ reason: 'not-allowed', request: 'slide/shown' }));
    facilitator.client.send({
      type: 'vote/start',
      dotsPerPerson: 2,
      anonymous: true,
      about: 'Hva vil vi oppnå sammen?',
      items: [
        { id: 'shape:a', label: 'Kart' },
        { id: 'shape:b', label: 'Veier' },
      ],
    });
    await eventually(() => expect(stateOf(writer).vote?.status).toBe('open'));
    writer.client.send({ type: 'vote/cast', itemId: 'shape:b' });
    writer.client.send({ type: 'vote/cast', itemId: 'shape:b' });
    facilitator.client.send({ type: 'vote/cast', itemId: 'shape:a' });
    await eventually(() => expect(stateOf(facilitator).vote?.voterCount).toBe(2));
    facilitator.client.send({ type: 'vote/close' });
    facilitator.client.send({ type: 'round/start', title: 'Innspill' });
    await eventually(() => expect(stateOf(writer).rounds[0]?.status).toBe('open'));
    writer.client.send({ type: 'round/claim', itemId: 'shape:note1' });
    await eventually(() => expect(stateOf(facilitator).rounds[0]?.items).toHaveLength(1));
    facilitator.client.send({ type: 'round/end' });
    await eventually(() => expect(stateOf(watcher).rounds[0]?.status).toBe('closed'));
    await server.admin.request(`/api/boards/${boardId}/decisions/shape:b`, {
      method: 'PUT',
      json: { itemLabel: 'Veier', text: 'Veiene først', decidedOn: '2026-11-03', agreedBy: 'Alle' },
    });
    watcher.client.destroy();
    expect(stateOf(screen).rounds[0]?.status).toBe('closed');
    screen.client.destroy();

    const draft = await mia.client.get(`/api/boards/${boardId}/minutes/draft`);
    expect(draft.status).toBe(200);
    const { record } = draft.body;
    expect(record.board).toEqual({ id: boardId, title: 'Planforum' });
    expect(record.region).toEqual({ name: 'Referat', language: 'nb' });
    expect(record.present).toEqual(['Ada Administrator', 'Mia Medlem', 'Olav Observatør']);
    expect(record.slides).toEqual([
      { title: 'Forarbeid', shownAt: expect.any(String), shownBy: 'Ada Administrator' },
      { title: 'Høring', shownAt: expect.any(String), shownBy: 'Ada Administrator' },
      { title: 'Mål', shownAt: expect.any(String), shownBy: 'Mia Medlem' },
    ]);
    expect(new Date(record.slides[0].shownAt).getTime()).toBeGreaterThanOrEqual(new Date(record.startedAt).getTime());
    expect(record.votes).toHaveLength(1);
    expect(record.votes[0].about).toBe('Hva vil vi oppnå sammen?');
    expect(record.votes[0].items).toEqual([
      { id: 'shape:b', label: 'Veier', dots: 2 },
      { id: 'shape:a', label: 'Kart', dots: 1 },
    ]);
    expect(record.rounds).toEqual([{ title: 'Innspill', startedAt: expect.any(String), itemIds: ['shape:note1'] }]);
    expect(record.decisions.map((d: { text: string }) => d.text)).toEqual(['Veiene først']);
    expect(new Date(record.startedAt).getTime()).toBeLessThanOrEqual(new Date(record.endedAt).getTime());
    // A round's notes never come with who wrote them.
    expect(JSON.stringify(record.rounds)).not.toContain('Mia');
    expect(JSON.stringify(record.rounds)).not.toContain(mia.userId);

    expect((await olav.client.get(`/api/boards/${boardId}/minutes/draft`)).status).toBe(403);
    facilitator.client.destroy();
    writer.client.destroy();
  });

  it('stores the Word and PDF files with the board, lists them for readers, and refuses other files', async () => {
    const boardId = await createBoard(server, regionId, 'Lagret');
    const olav = await createMember(server, regionId, 'observator');
    const upload = (fields: Record<string, string | Blob>, caller = server.admin) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return fetch(`${server.url}/api/boards/${boardId}/minutes`, {
        method: 'POST',
        body: form,
        headers: { origin: server.url, cookie: caller.cookieHeader() ?? '' },
      });
    };
    const docx = new Blob([Buffer.from('PK\u0003\u0004word')]);
    const pdf = new Blob([Buffer.from('%PDF-1.3 referat')]);
    const fields = { language: 'nn', startedAt: '2026-11-03T08:00:00.000Z', endedAt: '2026-11-03T09:30:00.000Z', docx, pdf };
    const notPdf = await upload({ ...fields, pdf: new Blob(['<html>']) });
    expect(notPdf.status).toBe(400);
    expect(((await notPdf.json()) as { error: { fields: unknown } }).error.fields).toEqual([{ path: 'pdf', message: 'PDF-filen er ikke en gyldig fil.' }]);
    expect((await upload(fields, olav.client)).status).toBe(403);
    const stored = await upload(fields);
    expect(stored.status).toBe(201);
    const minutes = ((await stored.json()) as { minutes: { id: string; pdfPath: string; docxPath: string } }).minutes;
    expect(minutes).toMatchObject({ language: 'nn', startedAt: fields.startedAt, endedAt: fields.endedAt, createdBy: 'Ada Administrator' });

    const list = await olav.client.get(`/api/boards/${boardId}/minutes`);
    expect(list.body.minutes.map((m: { id: string }) => m.id)).toEqual([minutes.id]);
    const file = await fetch(`${server.url}${minutes.pdfPath}`, { headers: { cookie: olav.client.cookieHeader() ?? '' } });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).toString('latin1')).toBe('%PDF-1.3 referat');
    expect((await fetch(`${server.url}${minutes.docxPath}`, { headers: { cookie: server.admin.cookieHeader() ?? '' } })).status).toBe(200);
    expect((await server.client().get(minutes.pdfPath)).status).toBe(401);
  });

  it('names the files after a long title shortened at a word, so the day still fits', async () => {
    const title = `Planforum om ${'felles arealstrategi og '.repeat(6)}kystsonen`;
    const boardId = await createBoard(server, regionId, title);
    const form = new FormData();
    form.append('language', 'nb');
    form.append('startedAt', '2026-11-03T08:00:00.000Z');
    form.append('endedAt', '2026-11-03T09:00:00.000Z');
    form.append('docx', new Blob([Buffer.from('PK\u0003\u0004word')]));
    form.append('pdf', new Blob([Buffer.from('%PDF-1.3 referat')]));
    const stored = await fetch(`${server.url}/api/boards/${boardId}/minutes`, {
      method: 'POST',
      body: form,
      headers: { origin: server.url, cookie: server.admin.cookieHeader() ?? '' },
    });
    const { pdfPath } = ((await stored.json()) as { minutes: { pdfPath: string } }).minutes;
    const file = await fetch(`${server.url}${pdfPath}`, { headers: { cookie: server.admin.cookieHeader() ?? '' } });
    const header = file.headers.get('content-disposition') ?? '';
    const name = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '');
    // The title's first words, "…" where it was cut, then the day: "Planforum om felles … – referat 2026-12-06.pdf".
    expect(name).toMatch(/^Planforum om felles arealstrategi og felles [^–]*… – referat \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(name.length).toBeLessThanOrEqual(100);
  });

  it('says what is wrong with the files in the region’s language', async () => {
    const nynorsk = (await server.admin.post('/api/regions', { name: 'Referat nynorsk' })).body.region.id;
    await server.admin.patch(`/api/regions/${nynorsk}`, { language: 'nn' });
    const boardId = await createBoard(server, nynorsk, 'Planforum');
    const form = new FormData();
    form.append('language', 'nn');
    form.append('startedAt', '2026-11-03T08:00:00.000Z');
    form.append('endedAt', '2026-11-03T09:00:00.000Z');
    form.append('pdf', new Blob([Buffer.from('%PDF-1.3')]));
    const refused = await fetch(`${server.url}/api/boards/${boardId}/minutes`, {
      method: 'POST',
      body: form,
      headers: { origin: server.url, cookie: server.admin.cookieHeader() ?? '' },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { fields: unknown } }).error.fields).toEqual([{ path: 'docx', message: 'Word-fila manglar.' }]);
  });
});
