import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client';
import { dumpDatabase } from '../../test/dump-database';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

/** All eight principles answered with `score`, a comment on principle 1 when given. */
const allEight = (score: number, comment?: string) => ({
  answers: [1, 2, 3, 4, 5, 6, 7, 8].map((principle) => ({ principle, score, ...(principle === 1 && comment ? { comment } : {}) })),
});

describe('the cooperation barometer', () => {
  let server: ServerUnderTest;
  // The server's clock: 12:00 on 1 June 2026 in Oslo, moved by the tests.
  let now = new Date('2026-06-01T10:00:00Z');
  let regionId: string;
  const people = {} as Record<'coordinator' | 'anna' | 'bjorn' | 'cecilie' | 'observer' | 'stranger', { client: ApiClient; userId: string; email: string }>;
  const names = { coordinator: 'Kari Koordinator', anna: 'Anna Andersen', bjorn: 'Bjørn Berg', cecilie: 'Cecilie Dahl', observer: 'Olav Observatør' };

  const rounds = (caller: ApiClient = server.admin) => caller.get(`/api/regions/${regionId}/barometer`);
  const open = (json: unknown, caller: ApiClient = people.coordinator.client) => caller.post(`/api/regions/${regionId}/barometer/rounds`, json);
  const answer = (roundId: string, json: unknown, caller: ApiClient) =>
    caller.request(`/api/regions/${regionId}/barometer/rounds/${roundId}/answers/mine`, { method: 'PUT', json });
  const mine = (roundId: string, caller: ApiClient) => caller.get(`/api/regions/${regionId}/barometer/rounds/${roundId}/answers/mine`);
  const close = (roundId: string, caller: ApiClient = people.coordinator.client) => caller.post(`/api/regions/${regionId}/barometer/rounds/${roundId}/close`);

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false, now: () => now });
    regionId = (await server.admin.post('/api/regions', { name: 'Barometer' })).body.region.id;
    const otherRegion = (await server.admin.post('/api/regions', { name: 'Et annet' })).body.region.id;
    people.coordinator = await createMember(server, regionId, 'koordinator', names.coordinator);
    people.anna = await createMember(server, regionId, 'medlem', names.anna);
    people.bjorn = await createMember(server, regionId, 'medlem', names.bjorn);
    people.cecilie = await createMember(server, regionId, 'medlem', names.cecilie);
    people.observer = await createMember(server, regionId, 'observator', names.observer);
    people.stranger = await createMember(server, otherRegion, 'medlem', 'Siri Fremmed');
  }, 60_000);
  afterAll(() => server.dispose());

  it('lets only a coordinator open a round, one at a time, closing today or later', async () => {
    expect((await open({ title: 'Vår', closesOn: '2026-06-10' }, people.anna.client)).status).toBe(403);
    expect((await open({ title: 'Vår', closesOn: '2026-06-10' }, people.observer.client)).status).toBe(403);
    expect((await open({ title: 'Vår', closesOn: '2026-06-10' }, people.stranger.client)).status).toBe(404);
    expect((await open({ title: 'Vår', closesOn: '2026-06-10' }, server.client())).status).toBe(401);
    const past = await open({ title: 'Vår', closesOn: '2026-05-31' });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual([expect.objectContaining({ path: 'closesOn' })]);
    expect((await open({ title: 'Vår', closesOn: '2026-02-30' })).status).toBe(400);
    expect((await open({ title: '', closesOn: '2026-06-10' })).status).toBe(400);

    const opened = await open({ title: 'Vår 2026', closesOn: '2026-06-10' });
    expect(opened.status).toBe(201);
    expect(opened.body.round).toMatchObject({ title: 'Vår 2026', closesOn: '2026-06-10', status: 'open', respondents: 0, results: null, closedAt: null });
    expect((await open({ title: 'En til', closesOn: '2026-06-12' })).status).toBe(409);
  });

  it('takes answers from members during an open round, and lets them change them; not from observers or others', async () => {
    const roundId = (await rounds()).body.rounds[0].id;
    const before = await dumpDatabase(server.database.client, ['sessions']);
    expect((await answer(roundId, allEight(3), people.observer.client)).status).toBe(403);
    expect((await answer(roundId, allEight(3), people.stranger.client)).status).toBe(404);
    expect((await answer(roundId, allEight(3), server.client())).status).toBe(401);
    expect((await answer(roundId, allEight(6), people.anna.client)).status).toBe(400);
    expect(
      (
        await answer(
          roundId,
          {
            answers: [
              { principle: 1, score: 2 },
              { principle: 1, score: 3 },
            ],
          },
          people.anna.client,
        )
      ).status,
    ).toBe(400);
    expect((await answer(roundId, { answers: [{ principle: 9, score: 2 }] }, people.anna.client)).status).toBe(400);
    expect((await answer(roundId, { answers: [] }, people.anna.client)).status).toBe(400);
    expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);

    expect((await answer(roundId, allEight(1, 'Vi vet ikke hvem som er med.'), people.anna.client)).status).toBe(200);
    // Anna thinks again: a higher score and no answer to principle 8.
    const changed = await answer(roundId, { answers: allEight(2, 'Uklart hvem som er med.').answers.slice(0, 7) }, people.anna.client);
    expect(changed.status).toBe(200);
    const annas = (await mine(roundId, people.anna.client)).body.answers;
    expect(annas).toHaveLength(7);
    expect(annas[0]).toEqual({ principle: 1, score: 2, comment: 'Uklart hvem som er med.' });
    expect((await mine(roundId, people.bjorn.client)).body.answers).toEqual([]);
    expect((await mine(roundId, people.observer.client)).status).toBe(403);

    expect((await answer(roundId, allEight(4, 'Formålet er tydelig.'), people.bjorn.client)).status).toBe(200);
    // While the round is open nobody sees a result, only how many have answered.
    const whileOpen = (await rounds(people.observer.client)).body.rounds[0];
    expect(whileOpen).toMatchObject({ status: 'open', respondents: 2, results: null });
  });

  it('shows a closed round’s results per principle, nothing for a principle with fewer than three answers, and never a person', async () => {
    const roundId = (await rounds()).body.rounds[0].id;
    expect(
      (
        await answer(
          roundId,
          {
            answers: [
              { principle: 1, score: 5 },
              { principle: 2, score: 3, comment: 'Passe.' },
            ],
          },
          people.cecilie.client,
        )
      ).status,
    ).toBe(200);
    expect((await close(roundId, people.anna.client)).status).toBe(403);
    const closed = await close(roundId);
    expect(closed.status).toBe(200);
    expect(closed.body.round).toMatchObject({ status: 'closed', closedAt: now.toISOString(), respondents: 3 });

    const seen = await rounds(people.observer.client);
    expect(seen.status).toBe(200);
    const results = seen.body.rounds[0].results;
    expect(results).toHaveLength(8);
    // Principle 1: Anna 2, Bjørn 4, Cecilie 5.
    expect(results[0]).toEqual({
      principle: 1,
      answers: 3,
      distribution: [0, 1, 0, 1, 1],
      median: 4,
      comments: ['Formålet er tydelig.', 'Uklart hvem som er med.'],
    });
    // Principle 2: 2, 4, 3 (a comment from Cecilie).
    expect(results[1]).toEqual({ principle: 2, answers: 3, distribution: [0, 1, 1, 1, 0], median: 3, comments: ['Passe.'] });
    // Principles 3–7: only Anna and Bjørn; principle 8: only Bjørn.
    for (const result of results.slice(2, 7))
      expect(result).toEqual({ principle: result.principle, answers: 2, distribution: null, median: null, comments: [] });
    expect(results[7]).toMatchObject({ answers: 1, distribution: null, median: null });

    const text = JSON.stringify(seen.body);
    for (const person of [people.anna, people.bjorn, people.cecilie]) {
      expect(text).not.toContain(person.userId);
      expect(text).not.toContain(person.email);
    }
    for (const name of Object.values(names)) expect(text).not.toContain(name);
  });

  it('takes no answer once a round is closed', async () => {
    const roundId = (await rounds()).body.rounds[0].id;
    const before = await dumpDatabase(server.database.client, ['sessions']);
    const late = await answer(roundId, allEight(5), people.anna.client);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('barometer_round_closed');
    expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);
  });

  it('closes a round on its date by itself (the end of the closing day, Norwegian time)', async () => {
    now = new Date('2026-09-01T10:00:00Z');
    const opened = await open({ title: 'Høst 2026', closesOn: '2026-09-15' });
    expect(opened.status).toBe(201);
    const roundId = opened.body.round.id;
    for (const [person, score] of [
      [people.anna, 2],
      [people.bjorn, 2],
      [people.cecilie, 3],
    ] as const) {
      expect((await answer(roundId, allEight(score), person.client)).status).toBe(200);
    }
    // 23:59 on the closing day in Oslo (summer time): still open.
    now = new Date('2026-09-15T21:59:00Z');
    expect((await answer(roundId, allEight(1), people.anna.client)).status).toBe(200);
    expect((await rounds()).body.rounds[1]).toMatchObject({ status: 'open', results: null });
    // Midnight in Oslo: closed, with no coordinator doing anything.
    now = new Date('2026-09-15T22:00:00Z');
    expect((await answer(roundId, allEight(5), people.bjorn.client)).status).toBe(409);
    const all = (await rounds()).body.rounds;
    expect(all.map((round: { title: string; status: string }) => [round.title, round.status])).toEqual([
      ['Vår 2026', 'closed'],
      ['Høst 2026', 'closed'],
    ]);
    expect(all[1].closedAt).toBeNull();
    expect(all[1].results[0]).toMatchObject({ answers: 3, distribution: [1, 1, 1, 0, 0], median: 2 });
    // A new round may be opened once the last one has closed.
    expect((await open({ title: 'Vinter', closesOn: '2026-12-01' })).status).toBe(201);
  });

  it('answers 404 for a round of another region', async () => {
    const other = (await server.admin.post('/api/regions', { name: 'Tredje' })).body.region.id;
    const theirs = (await server.admin.post(`/api/regions/${other}/barometer/rounds`, { title: 'Deres', closesOn: '2026-12-31' })).body.round.id;
    expect((await answer(theirs, allEight(3), people.anna.client)).status).toBe(404);
    expect((await close(theirs)).status).toBe(404);
  });

  it('says what is wrong with a field in the region’s language: nynorsk for a nynorsk region, bokmål otherwise', async () => {
    const nynorsk = (await server.admin.post('/api/regions', { name: 'Nynorsk' })).body.region.id;
    expect((await server.admin.patch(`/api/regions/${nynorsk}`, { language: 'nn' })).status).toBe(200);
    const post = (region: string, json: unknown) => server.admin.post(`/api/regions/${region}/barometer/rounds`, json);

    const empty = await post(nynorsk, { title: '', closesOn: '2026-12-31' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('Noko er ikkje fylt ut rett. Sjå på felta som er merkte.');
    expect(empty.body.error.fields).toEqual([{ path: 'title', message: 'Fyll ut dette feltet.' }]);
    const past = await post(nynorsk, { title: 'Vår', closesOn: '2026-05-01' });
    expect(past.body.error.fields).toEqual([{ path: 'closesOn', message: 'Vel i dag eller ein seinare dag.' }]);
    const long = await post(nynorsk, { title: 'x'.repeat(121), closesOn: '2026-12-31' });
    expect(long.body.error.fields).toEqual([{ path: 'title', message: 'Skriv høgst 120 teikn.' }]);
    // zod's own words for what the catalogue has no text for, in nynorsk too.
    const wrongType = await post(nynorsk, { title: 7, closesOn: '2026-12-31' });
    expect(wrongType.body.error.fields[0].path).toBe('title');
    expect(wrongType.body.error.fields[0].message).not.toBe((await post(regionId, { title: 7, closesOn: '2026-12-31' })).body.error.fields[0].message);
    const round = (await post(nynorsk, { title: 'Vår', closesOn: '2026-12-31' })).body.round.id;
    const twice = await server.admin.request(`/api/regions/${nynorsk}/barometer/rounds/${round}/answers/mine`, {
      method: 'PUT',
      json: {
        answers: [
          { principle: 1, score: 3 },
          { principle: 1, score: 4 },
        ],
      },
    });
    expect(twice.body.error.fields).toEqual([{ path: 'answers', message: 'Kvart prinsipp kan berre svarast på éin gong.' }]);
    expect((await post(nynorsk, { title: 'Haust', closesOn: '2026-12-31' })).body.error.message).toBe('Samarbeidet har alt ein open runde.');

    // A bokmål region keeps bokmål.
    const bokmalRegion = (await server.admin.post('/api/regions', { name: 'Bokmål' })).body.region.id;
    const bokmal = await post(bokmalRegion, { title: 'Vår', closesOn: '2026-05-01' });
    expect(bokmal.body.error.fields).toEqual([{ path: 'closesOn', message: 'Velg i dag eller en senere dag.' }]);
  });
});
