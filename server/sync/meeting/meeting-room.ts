import {
  meetingClientMessageSchema,
  meetingLimits,
  meetingProtocolVersion,
  type MeetingClientMessage,
  type PresenterView,
} from '../../../shared/meeting/meeting-protocol';
import type { MeetingRefusal, MeetingServerMessage, MeetingState, MeetingTimer, MeetingVote } from '../../../shared/meeting/meeting-state';
import { closeCodes, type CloseCode } from '../../../shared/sync/close-codes';
import { newId } from '../../lib/ids';
import { logger } from '../../lib/logger';
import type { MeetingStorage, StoredRound, StoredVote } from './meeting-storage';

/** Who is on the other end of a meeting socket. */
export interface MeetingParticipant {
  /** Stable per account or guest visit (`user:…`, `guest:…`); never sent to others. */
  key: string;
  /** What others may see as their id (the same as in diagram presence). */
  id: string;
  name: string;
  /** Board editors run the meeting (presenter, timer, votes, rounds) and place dots; readers follow. */
  canControl: boolean;
}

export interface MeetingConnection {
  participant: MeetingParticipant;
  send(message: MeetingServerMessage): void;
  close(code: CloseCode, reason: string): void;
}

/** Most notes one round records (a bound on what a client can make the server keep). */
const maxRoundItems = 2000;

const resetTimer = (durationMs: number): MeetingTimer => ({ durationMs, running: false, endsAt: null, remainingMs: durationMs });

/**
 * One board's meeting: who presents (and where they look), the countdown, the newest dot vote and
 * the newest anonymous rounds. The state lives here and the server's clock is the truth; ballots
 * and rounds are written synchronously before anyone is told, the timer and presenter are volatile.
 * Messages are handled one at a time, so concurrent votes are counted exactly.
 */
export class MeetingRoom {
  readonly connections = new Set<MeetingConnection>();
  private presenter: MeetingConnection | null = null;
  private lastView: PresenterView | null = null;
  private lastViewAt = 0;
  private timer: MeetingTimer = resetTimer(5 * 60 * 1000);
  /** The slide last noted for the minutes (the same slide again, e.g. after a reconnect, is not noted twice). */
  private lastSlide: string | null = null;
  private vote: StoredVote | null;
  private rounds: StoredRound[];

  constructor(
    readonly boardId: string,
    private readonly storage: MeetingStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.vote = storage.loadVote(boardId);
    this.rounds = storage.loadRounds(boardId, meetingLimits.shownRounds);
  }

  join(connection: MeetingConnection): void {
    this.connections.add(connection);
    const { participant } = connection;
    connection.send({
      type: 'welcome',
      protocol: meetingProtocolVersion,
      you: { id: participant.id, name: participant.name, canControl: participant.canControl },
      serverNow: this.now(),
      state: this.stateFor(connection),
    });
    if (this.presenter && this.lastView) connection.send({ type: 'view', view: this.lastView });
  }

  leave(connection: MeetingConnection): void {
    this.connections.delete(connection);
    if (this.presenter === connection) {
      this.presenter = null;
      this.lastView = null;
      this.broadcast();
    }
  }

  closeAll(code: CloseCode, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason);
    this.connections.clear();
  }

  /** A raw message from a client: parsed, checked and applied, or refused with a reason. */
  receive(connection: MeetingConnection, raw: string): void {
    let message: MeetingClientMessage;
    try {
      const parsed = meetingClientMessageSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) return this.refuse(connection, 'bad-message', 'unknown');
      message = parsed.data;
    } catch {
      return this.refuse(connection, 'bad-message', 'unknown');
    }
    try {
      const refusal = this.apply(connection, message);
      if (refusal) this.refuse(connection, refusal, message.type);
    } catch (error) {
      // A failed write must not leave people thinking it counted: they reconnect and get the stored state.
      logger.error('Meeting change could not be stored', error);
      connection.close(closeCodes.serverRestart, 'could not store');
    }
  }

  /** The state as one participant may see it: their own dots, and authors only where they may. */
  stateFor(connection: MeetingConnection): MeetingState {
    const { key } = connection.participant;
    return {
      presenter: this.presenter ? { id: this.presenter.participant.id, name: this.presenter.participant.name } : null,
      youPresent: this.presenter === connection,
      timer: { ...this.timer },
      vote: this.vote ? this.voteFor(this.vote, key) : null,
      rounds: this.rounds.map((round) => ({
        id: round.id,
        title: round.title,
        status: round.status,
        revealed: round.revealed,
        startedAt: round.startedAt,
        items: [...round.items].map(([itemId, author]) => ({
          itemId,
          // The server never sends a hidden author: only the writer knows which notes are theirs.
          author: round.revealed || author.key === key ? author.name : null,
          mine: author.key === key,
        })),
      })),
    };
  }

  private voteFor(vote: StoredVote, key: string): MeetingVote {
    const counts = new Map<string, number>();
    const voters = new Map<string, string[]>();
    let voterCount = 0;
    for (const ballot of vote.ballots.values()) {
      let placed = 0;
      for (const [itemId, dots] of ballot.dots) {
        counts.set(itemId, (counts.get(itemId) ?? 0) + dots);
        if (!vote.anonymous) voters.set(itemId, [...(voters.get(itemId) ?? []), ballot.name]);
        placed += dots;
      }
      if (placed > 0) voterCount += 1;
    }
    return {
      id: vote.id,
      status: vote.status,
      dotsPerPerson: vote.dotsPerPerson,
      anonymous: vote.anonymous,
      about: vote.about,
      items: vote.items.map((item) => ({ ...item, count: counts.get(item.id) ?? 0, voters: voters.get(item.id) ?? [] })),
      myDots: Object.fromEntries(vote.ballots.get(key)?.dots ?? []),
      voterCount,
      startedBy: vote.startedByName,
    };
  }

  private apply(connection: MeetingConnection, message: MeetingClientMessage): MeetingRefusal | null {
    const { participant } = connection;
    if (message.type === 'presenter/view') {
      if (this.presenter !== connection) return 'not-allowed';
      // Followers need a steady stream, not every frame: extra views in between are dropped.
      const now = this.now();
      if (now - this.lastViewAt < meetingLimits.viewIntervalMs / 2) return null;
      this.lastViewAt = now;
      this.lastView = message.view;
      for (const other of this.connections) if (other !== connection) other.send({ type: 'view', view: message.view });
      return null;
    }
    if (!participant.canControl) return 'not-allowed';
    const now = this.now();
    switch (message.type) {
      case 'presenter/take':
        this.presenter = connection;
        this.lastView = null;
        break;
      case 'presenter/stop':
        this.presenter = null;
        this.lastView = null;
        break;
      case 'timer/set':
        this.timer = resetTimer(message.durationMs);
        break;
      case 'timer/start':
        if (this.timer.running && this.timer.endsAt !== null && this.timer.endsAt > now) return null;
        // Starting a timer that has run out starts it again from the top.
        if (this.timer.running || this.timer.remainingMs <= 0) this.timer = resetTimer(this.timer.durationMs);
        this.timer = { ...this.timer, running: true, endsAt: now + this.timer.remainingMs };
        break;
      case 'timer/pause':
        if (!this.timer.running || this.timer.endsAt === null) return null;
        this.timer = { ...this.timer, running: false, remainingMs: Math.max(0, this.timer.endsAt - now), endsAt: null };
        break;
      case 'timer/reset':
        this.timer = resetTimer(this.timer.durationMs);
        break;
      case 'vote/start': {
        if (this.vote?.status === 'open') return 'vote-open';
        const seen = new Set<string>();
        const items = message.items.filter((item) => !seen.has(item.id) && seen.add(item.id));
        const vote: StoredVote = {
          id: newId(),
          status: 'open',
          dotsPerPerson: message.dotsPerPerson,
          anonymous: message.anonymous,
          about: message.about,
          items,
          startedByName: participant.name,
          ballots: new Map(),
        };
        this.storage.startVote(this.boardId, vote, now);
        this.vote = vote;
        break;
      }
      case 'vote/cast':
      case 'vote/retract': {
        const vote = this.vote;
        if (!vote || vote.status !== 'open') return 'no-open-vote';
        if (!vote.items.some((item) => item.id === message.itemId)) return 'unknown-item';
        const ballot = vote.ballots.get(participant.key) ?? { name: participant.name, dots: new Map<string, number>() };
        const here = ballot.dots.get(message.itemId) ?? 0;
        const placed = [...ballot.dots.values()].reduce((sum, dots) => sum + dots, 0);
        if (message.type === 'vote/cast' && placed >= vote.dotsPerPerson) return 'no-dots-left';
        if (message.type === 'vote/retract' && here === 0) return 'no-dots-here';
        const next = here + (message.type === 'vote/cast' ? 1 : -1);
        this.storage.setDots(vote.id, participant, message.itemId, next);
        if (next > 0) ballot.dots.set(message.itemId, next);
        else ballot.dots.delete(message.itemId);
        ballot.name = participant.name;
        vote.ballots.set(participant.key, ballot);
        break;
      }
      case 'vote/close':
        if (!this.vote) return 'no-open-vote';
        // Two facilitators (or one pressing twice) closing at once: the vote is closed, as each wanted.
        if (this.vote.status !== 'open') return null;
        this.storage.closeVote(this.vote.id, now);
        this.vote.status = 'closed';
        break;
      case 'vote/clear':
        this.storage.clearVotes(this.boardId, now);
        this.vote = null;
        break;
      case 'round/start': {
        if (this.openRound()) return 'round-open';
        const round: StoredRound = { id: newId(), title: message.title, status: 'open', revealed: false, startedAt: now, items: new Map() };
        this.storage.startRound(this.boardId, round, now);
        this.rounds = [round, ...this.rounds].slice(0, meetingLimits.shownRounds);
        break;
      }
      case 'round/end': {
        const round = this.openRound();
        // Already ended by someone else a moment before: what was asked for is done.
        if (!round) return this.rounds.length ? null : 'no-open-round';
        this.storage.endRound(round.id, now);
        round.status = 'closed';
        break;
      }
      case 'round/reveal': {
        const round = this.rounds.find((candidate) => candidate.id === message.roundId);
        if (!round) return 'unknown-round';
        if (round.status === 'open') return 'round-open';
        this.storage.revealRound(round.id);
        round.revealed = true;
        break;
      }
      case 'slide/shown': {
        // Noted for the minutes, stamped here with who and when; nobody else needs telling.
        const key = `${participant.key}|${message.slide.id}`;
        if (this.lastSlide === key) return null;
        this.storage.slideShown(this.boardId, message.slide, participant.name, now);
        this.lastSlide = key;
        return null;
      }
      case 'round/claim': {
        const round = this.openRound();
        if (!round) return 'no-open-round';
        if (round.items.has(message.itemId) || round.items.size >= maxRoundItems) return 'already-claimed';
        const author = { key: participant.key, name: participant.name };
        this.storage.claimItem(round.id, message.itemId, author, now);
        round.items.set(message.itemId, author);
        break;
      }
    }
    this.broadcast();
    return null;
  }

  private openRound(): StoredRound | undefined {
    return this.rounds.find((round) => round.status === 'open');
  }

  private refuse(connection: MeetingConnection, reason: MeetingRefusal, request: string): void {
    connection.send({ type: 'refused', reason, request });
  }

  private broadcast(): void {
    const serverNow = this.now();
    for (const connection of this.connections) connection.send({ type: 'state', serverNow, state: this.stateFor(connection) });
  }
}
