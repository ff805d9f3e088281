import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../env';
import { startServer } from '../../start-server';
import { ApiClient } from '../../test/api-client';
import { eventually } from '../../test/diagram-client';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { connectMeeting, type TestMeetingClient } from '../../test/meeting-client';
import { startServerUnderTest, testAdmin, type ServerUnderTest } from '../../test/test-server';

const stateOf = (meeting: TestMeetingClient) => meeting.client.snapshot.state!;

describe('meeting channel', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const open: TestMeetingClient[] = [];
  const join = async (boardId: string, caller: ApiClient) => {
    const meeting = await connectMeeting(server.url, boardId, caller);
    open.push(meeting);
    return meeting;
  };

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const meeting of open) meeting.client.destroy();
    await server.dispose();
  });

  it('lets observers and view-link guests follow and watch, but not run the timer, votes, rounds or presenting', async () => {
    const boardId = await createBoard(server, regionId, 'Møte');
    const facilitator = await join(boardId, server.admin);
    const observer = await createMember(server, regionId, 'observator', 'Olav Observatør');
    const viewer = server.client();
    await openShareLink(viewer, (await createShareLink(server, boardId, 'view')).token);
    facilitator.client.send({ type: 'vote/start', dotsPerPerson: 2, anonymous: false, items: [{ id: 'shape:a', label: 'A' }] });
    await eventually(() => expect(stateOf(facilitator).vote?.status).toBe('open'));
    // A vote over the whole board is about no part of it.
    expect(stateOf(facilitator).vote?.about).toBeNull();

    for (const caller of [observer.client, viewer]) {
      const reader = await join(boardId, caller);
      expect(reader.client.snapshot.you?.canControl).toBe(false);
      const attempts = [
        { type: 'timer/start' },
        { type: 'timer/set', durationMs: 60_000 },
        { type: 'presenter/take' },
        { type: 'vote/cast', itemId: 'shape:a' },
        { type: 'vote/close' },
        { type: 'vote/clear' },
        { type: 'round/start', title: 'Runde' },
      ] as const;
      for (const attempt of attempts) reader.client.send(attempt);
      await eventually(() => expect(reader.refusals).toHaveLength(attempts.length));
      expect(new Set(reader.refusals.map((r) => r.reason))).toEqual(new Set(['not-allowed']));
      expect(stateOf(facilitator)).toMatchObject({ presenter: null, timer: { running: false, durationMs: 5 * 60_000 }, rounds: [] });
      expect(stateOf(facilitator).vote).toMatchObject({ status: 'open', voterCount: 0 });
    }
  });

  it('counts three voters voting at once exactly, and refuses dots over the limit', async () => {
    const boardId = await createBoard(server, regionId, 'Prioritering');
    const items = ['shape:a', 'shape:b', 'shape:c'].map((id) => ({ id, label: id.slice(-1).toUpperCase() }));
    const voters = [
      await join(boardId, server.admin),
      await join(boardId, (await createMember(server, regionId, 'medlem', 'Mona')).client),
      await join(boardId, (await createMember(server, regionId, 'koordinator', 'Kari')).client),
    ];
    voters[0]!.client.send({ type: 'vote/start', dotsPerPerson: 3, anonymous: true, items });
    for (const voter of voters) await eventually(() => expect(stateOf(voter).vote?.status).toBe('open'));

    // Everyone spends all their dots plus two more in the same instant: the extra ones must be refused.
    const plans = [
      ['shape:a', 'shape:a', 'shape:b', 'shape:c', 'shape:c'],
      ['shape:a', 'shape:b', 'shape:b', 'shape:a', 'shape:b'],
      ['shape:c', 'shape:a', 'shape:c', 'shape:c', 'shape:a'],
    ];
    plans.forEach((plan, i) => plan.forEach((itemId) => voters[i]!.client.send({ type: 'vote/cast', itemId })));
    // The first three of each plan count.
    const expected = new Map<string, number>();
    for (const plan of plans) for (const id of plan.slice(0, 3)) expected.set(id, (expected.get(id) ?? 0) + 1);
    for (const voter of voters) {
      await eventually(() => {
        const vote = stateOf(voter).vote!;
        expect(Object.fromEntries(vote.items.map((item) => [item.id, item.count]))).toEqual({
          'shape:a': expected.get('shape:a') ?? 0,
          'shape:b': expected.get('shape:b') ?? 0,
          'shape:c': expected.get('shape:c') ?? 0,
        });
        expect(vote.voterCount).toBe(3);
        // Anonymous: nobody learns who put dots where.
        expect(vote.items.every((item) => item.voters.length === 0)).toBe(true);
      });
      await eventually(() => expect(voter.refusals.filter((r) => r.reason === 'no-dots-left')).toHaveLength(2));
    }
    expect(stateOf(voters[0]!).vote!.myDots).toEqual({ 'shape:a': 2, 'shape:b': 1 });

    // Taking a dot back frees it for another item; taking one that is not there is refused.
    voters[1]!.client.send({ type: 'vote/retract', itemId: 'shape:c' });
    await eventually(() => expect(voters[1]!.refusals.at(-1)?.reason).toBe('no-dots-here'));
    voters[1]!.client.send({ type: 'vote/retract', itemId: 'shape:a' });
    voters[1]!.client.send({ type: 'vote/cast', itemId: 'shape:c' });
    await eventually(() => expect(stateOf(voters[1]!).vote!.myDots).toEqual({ 'shape:b': 2, 'shape:c': 1 }));
    voters[1]!.client.send({ type: 'vote/cast', itemId: 'shape:zzz' });
    await eventually(() => expect(voters[1]!.refusals.at(-1)?.reason).toBe('unknown-item'));

    // Two facilitators close it at the same moment: both see it closed, neither is told off.
    const refusalsBefore = voters.map((voter) => voter.refusals.length);
    voters[2]!.client.send({ type: 'vote/close' });
    voters[1]!.client.send({ type: 'vote/close' });
    voters[2]!.client.send({ type: 'vote/close' });
    await eventually(() => expect(stateOf(voters[0]!).vote?.status).toBe('closed'));
    // A dot after it closed is refused; each sender's messages are handled in order, so by then its
    // closes were too, and that refusal is its only one.
    for (const voter of voters) voter.client.send({ type: 'vote/cast', itemId: 'shape:c' });
    for (const [i, voter] of voters.entries()) {
      await eventually(() => expect(voter.refusals.length).toBe(refusalsBefore[i]! + 1));
      expect(voter.refusals.at(-1)?.reason).toBe('no-open-vote');
    }
  });

  it('shares one timer on the server clock, started, paused and reset by an editor', async () => {
    const boardId = await createBoard(server, regionId, 'Tid');
    const facilitator = await join(boardId, server.admin);
    const viewer = server.client();
    await openShareLink(viewer, (await createShareLink(server, boardId, 'view')).token);
    const screen = await join(boardId, viewer);
    facilitator.client.send({ type: 'timer/set', durationMs: 120_000 });
    facilitator.client.send({ type: 'timer/start' });
    await eventually(() => expect(stateOf(screen).timer.running).toBe(true));
    const endsAt = stateOf(facilitator).timer.endsAt!;
    expect(stateOf(screen).timer.endsAt).toBe(endsAt);
    expect(endsAt - screen.client.serverNow()).toBeGreaterThan(100_000);
    expect(endsAt - screen.client.serverNow()).toBeLessThanOrEqual(120_000);

    facilitator.client.send({ type: 'timer/pause' });
    await eventually(() => expect(stateOf(screen).timer).toMatchObject({ running: false, endsAt: null }));
    const left = stateOf(screen).timer.remainingMs;
    expect(left).toBeGreaterThan(100_000);
    expect(left).toBeLessThan(120_000);
    facilitator.client.send({ type: 'timer/reset' });
    await eventually(() => expect(stateOf(screen).timer).toMatchObject({ running: false, remainingMs: 120_000 }));
  });

  it('passes the presenter’s view to everyone else and forgets the presenter when they leave', async () => {
    const boardId = await createBoard(server, regionId, 'Presentasjon', { kind: 'diagram' });
    const presenter = await join(boardId, server.admin);
    const follower = await join(boardId, (await createMember(server, regionId, 'observator', 'Fia Følger')).client);
    const seen: unknown[] = [];
    follower.client.onView((view) => seen.push(view));
    presenter.client.send({ type: 'presenter/take' });
    await eventually(() => expect(stateOf(follower).presenter?.name).toBe(testAdmin.name));
    // With the slide they are on, for the meeting-room screen to name and mark.
    const view = {
      bounds: { x: 100, y: 50, width: 800, height: 600 },
      page: null,
      slide: { id: 'phase:planforslag', title: 'Planforslag', position: 3, count: 10 },
    };
    presenter.client.send({ type: 'presenter/view', view });
    await eventually(() => expect(seen).toEqual([view]));
    // A slide past the last is refused, and the view with it.
    presenter.client.send({ type: 'presenter/view', view: { ...view, slide: { ...view.slide, position: 11 } } });
    await eventually(() => expect(presenter.refusals.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const free = { bounds: { x: 0, y: 0, width: 400, height: 300 }, page: null, slide: null };
    presenter.client.send({ type: 'presenter/view', view: free });
    await eventually(() => expect(seen).toEqual([view, free]));
    // Someone who is not the presenter cannot move everyone's view.
    follower.client.send({ type: 'presenter/view', view: { bounds: { x: 0, y: 0, width: 1, height: 1 }, page: null, slide: null } });
    await eventually(() => expect(follower.refusals.at(-1)?.reason).toBe('not-allowed'));

    presenter.client.destroy();
    await eventually(() => expect(stateOf(follower).presenter).toBeNull());
  });

  it('hides who wrote a note in an anonymous round from everyone else until the round is revealed', async () => {
    const boardId = await createBoard(server, regionId, 'Faglig planvurdering');
    const facilitator = await join(boardId, server.admin);
    const writer = await join(boardId, (await createMember(server, regionId, 'medlem', 'Siri Skriver')).client);
    const observer = await join(boardId, (await createMember(server, regionId, 'observator', 'Ola Observatør')).client);
    facilitator.client.send({ type: 'round/start', title: 'Innspill' });
    await eventually(() => expect(stateOf(writer).rounds[0]?.status).toBe('open'));
    writer.client.send({ type: 'round/claim', itemId: 'shape:note1' });
    writer.client.send({ type: 'round/claim', itemId: 'shape:note1' });
    await eventually(() => expect(writer.refusals.at(-1)?.reason).toBe('already-claimed'));
    await eventually(() => expect(stateOf(observer).rounds[0]?.items).toEqual([{ itemId: 'shape:note1', author: null, mine: false }]));
    expect(stateOf(facilitator).rounds[0]!.items[0]!.author).toBeNull();
    expect(stateOf(writer).rounds[0]!.items[0]).toEqual({ itemId: 'shape:note1', author: 'Siri Skriver', mine: true });

    facilitator.client.send({ type: 'round/reveal', roundId: stateOf(facilitator).rounds[0]!.id });
    await eventually(() => expect(facilitator.refusals.at(-1)?.reason).toBe('round-open'));
    const refusalsBefore = facilitator.refusals.length;
    facilitator.client.send({ type: 'round/end' });
    facilitator.client.send({ type: 'round/end' });
    await eventually(() => expect(stateOf(observer).rounds[0]?.status).toBe('closed'));
    expect(stateOf(observer).rounds[0]!.items[0]!.author).toBeNull();
    writer.client.send({ type: 'round/claim', itemId: 'shape:note2' });
    await eventually(() => expect(writer.refusals.at(-1)?.reason).toBe('no-open-round'));
    facilitator.client.send({ type: 'round/reveal', roundId: stateOf(facilitator).rounds[0]!.id });
    await eventually(() => expect(stateOf(observer).rounds[0]!.items[0]!.author).toBe('Siri Skriver'));
    // The second «end» found the round ended already: done, not refused.
    expect(facilitator.refusals.length).toBe(refusalsBefore);
  });

  it('refuses garbage without disturbing anyone', async () => {
    const boardId = await createBoard(server, regionId, 'Støy');
    const one = await join(boardId, server.admin);
    for (const raw of [
      '{',
      '[]',
      JSON.stringify({ type: 'timer/set', durationMs: -5 }),
      JSON.stringify({ type: 'vote/start', dotsPerPerson: 99, anonymous: true, items: [] }),
    ]) {
      (one.client as unknown as { socket: { send(data: string): void } }).socket.send(raw);
    }
    await eventually(() => expect(one.refusals.filter((r) => r.reason === 'bad-message')).toHaveLength(4));
    expect(one.client.snapshot.status).toBe('online');
    expect(stateOf(one).vote).toBeNull();
  });
});

describe('meeting state across a restart', () => {
  it('keeps a closed vote’s result and a round’s hidden authors', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'planrom-meeting-restart-'));
    const env = readEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'planrom.db')}`,
      LOG_LEVEL: 'silent',
      WEB_DIST: join(dataDir, 'no-web'),
      PLANROM_ADMIN_EMAIL: testAdmin.email,
      PLANROM_ADMIN_PASSWORD: testAdmin.password,
      PLANROM_ADMIN_NAME: testAdmin.name,
    });
    try {
      let running = await startServer(env);
      let admin = await new ApiClient(running.url).login(testAdmin.email, testAdmin.password);
      const regionId = (await admin.get('/api/regions')).body.regions[0].id as string;
      const boardId = (await admin.post(`/api/regions/${regionId}/boards`, { title: 'Etter omstart', kind: 'diagram' })).body.board.id as string;
      let meeting = await connectMeeting(running.url, boardId, admin);
      meeting.client.send({
        type: 'vote/start',
        dotsPerPerson: 2,
        anonymous: false,
        about: 'Oppstart og varsling',
        items: [
          { id: 'n1', label: 'Kystsone' },
          { id: 'n2', label: 'Sentrum' },
        ],
      });
      await eventually(() => expect(meeting.client.snapshot.state?.vote?.status).toBe('open'));
      meeting.client.send({ type: 'vote/cast', itemId: 'n2' });
      meeting.client.send({ type: 'vote/cast', itemId: 'n2' });
      meeting.client.send({ type: 'vote/close' });
      meeting.client.send({ type: 'round/start', title: 'Runde 1' });
      meeting.client.send({ type: 'round/claim', itemId: 'n1' });
      await eventually(() => expect(meeting.client.snapshot.state?.rounds[0]?.items).toHaveLength(1));
      meeting.client.destroy();
      await running.close();

      running = await startServer(env);
      admin = await new ApiClient(running.url).login(testAdmin.email, testAdmin.password);
      meeting = await connectMeeting(running.url, boardId, admin);
      const state = meeting.client.snapshot.state!;
      expect(state.vote).toMatchObject({ status: 'closed', dotsPerPerson: 2, about: 'Oppstart og varsling', myDots: { n2: 2 } });
      expect(state.vote!.items).toEqual([
        { id: 'n1', label: 'Kystsone', count: 0, voters: [] },
        { id: 'n2', label: 'Sentrum', count: 2, voters: [testAdmin.name] },
      ]);
      expect(state.rounds).toMatchObject([{ title: 'Runde 1', status: 'open', revealed: false, items: [{ itemId: 'n1', mine: true }] }]);
      meeting.client.destroy();
      await running.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
