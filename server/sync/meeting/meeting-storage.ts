import type { SyncDatabase } from '../../db/sync-database';
import { newId } from '../../lib/ids';

export interface StoredVote {
  id: string;
  status: 'open' | 'closed';
  dotsPerPerson: number;
  anonymous: boolean;
  /** The part of the board it is about, by name; null: the whole board. */
  about: string | null;
  items: { id: string; label: string }[];
  startedByName: string;
  /** voter key → { name, dots per item id } */
  ballots: Map<string, { name: string; dots: Map<string, number> }>;
}

export interface StoredRound {
  id: string;
  title: string;
  status: 'open' | 'closed';
  revealed: boolean;
  startedAt: number;
  /** item id → author */
  items: Map<string, { key: string; name: string }>;
}

const parseItems = (text: string): { id: string; label: string }[] => {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is { id: string; label: string } => typeof item?.id === 'string' && typeof item?.label === 'string');
  } catch {
    return [];
  }
};

/**
 * The meeting tables on the synchronous libSQL connection. A room writes a ballot or a round change
 * here before it tells anyone, so what people saw counted survives a restart. drizzle owns the
 * tables (server/db/schema/meeting-*.ts); these are prepared statements on them.
 */
export class MeetingStorage {
  private readonly statements;

  constructor(private readonly db: SyncDatabase) {
    this.statements = {
      latestVote: db.prepare(
        'SELECT id, status, dots_per_person AS dotsPerPerson, anonymous, about, items, started_by_name AS startedByName FROM meeting_votes WHERE board_id = ? AND cleared = 0 ORDER BY started_at DESC LIMIT 1',
      ),
      ballots: db.prepare('SELECT voter_key AS voterKey, voter_name AS voterName, item_id AS itemId, dots FROM meeting_ballots WHERE vote_id = ?'),
      insertVote: db.prepare(
        'INSERT INTO meeting_votes (id, board_id, status, dots_per_person, anonymous, about, items, started_by_name, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      closeVote: db.prepare("UPDATE meeting_votes SET status = 'closed', closed_at = ? WHERE id = ?"),
      clearVotes: db.prepare("UPDATE meeting_votes SET cleared = 1, status = 'closed', closed_at = coalesce(closed_at, ?) WHERE board_id = ?"),
      setDots: db.prepare(
        'INSERT INTO meeting_ballots (vote_id, voter_key, voter_name, item_id, dots) VALUES (?, ?, ?, ?, ?) ON CONFLICT (vote_id, voter_key, item_id) DO UPDATE SET dots = excluded.dots, voter_name = excluded.voter_name',
      ),
      deleteDots: db.prepare('DELETE FROM meeting_ballots WHERE vote_id = ? AND voter_key = ? AND item_id = ?'),
      latestRounds: db.prepare(
        'SELECT id, title, status, revealed, started_at AS startedAt FROM meeting_rounds WHERE board_id = ? ORDER BY started_at DESC LIMIT ?',
      ),
      roundItems: db.prepare(
        'SELECT item_id AS itemId, author_key AS authorKey, author_name AS authorName FROM meeting_round_items WHERE round_id = ? ORDER BY created_at',
      ),
      insertRound: db.prepare('INSERT INTO meeting_rounds (id, board_id, title, status, revealed, started_at) VALUES (?, ?, ?, ?, 0, ?)'),
      endRound: db.prepare("UPDATE meeting_rounds SET status = 'closed', ended_at = ? WHERE id = ?"),
      revealRound: db.prepare('UPDATE meeting_rounds SET revealed = 1 WHERE id = ?'),
      claim: db.prepare('INSERT INTO meeting_round_items (round_id, item_id, author_key, author_name, created_at) VALUES (?, ?, ?, ?, ?)'),
      slideShown: db.prepare('INSERT INTO meeting_slides (id, board_id, slide_id, title, shown_by_name, shown_at) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /** The board's newest vote that has not been cleared, with every ballot. */
  loadVote(boardId: string): StoredVote | null {
    const row = this.statements.latestVote.get(boardId) as
      | { id: string; status: 'open' | 'closed'; dotsPerPerson: number; anonymous: number; about: string | null; items: string; startedByName: string }
      | undefined;
    if (!row) return null;
    const ballots = new Map<string, { name: string; dots: Map<string, number> }>();
    for (const ballot of this.statements.ballots.all(row.id) as { voterKey: string; voterName: string; itemId: string; dots: number }[]) {
      const voter = ballots.get(ballot.voterKey) ?? { name: ballot.voterName, dots: new Map() };
      voter.dots.set(ballot.itemId, ballot.dots);
      ballots.set(ballot.voterKey, voter);
    }
    return { ...row, anonymous: Boolean(row.anonymous), items: parseItems(row.items), ballots };
  }

  loadRounds(boardId: string, limit: number): StoredRound[] {
    const rows = this.statements.latestRounds.all(boardId, limit) as {
      id: string;
      title: string;
      status: 'open' | 'closed';
      revealed: number;
      startedAt: number;
    }[];
    return rows.map((row) => ({
      ...row,
      revealed: Boolean(row.revealed),
      items: new Map(
        (this.statements.roundItems.all(row.id) as { itemId: string; authorKey: string; authorName: string }[]).map((item) => [
          item.itemId,
          { key: item.authorKey, name: item.authorName },
        ]),
      ),
    }));
  }

  /** A new vote; older ones on the board are taken off it in the same transaction. */
  startVote(boardId: string, vote: StoredVote, now: number): void {
    this.db.transaction(() => {
      this.statements.clearVotes.run(now, boardId);
      this.statements.insertVote.run(
        vote.id,
        boardId,
        'open',
        vote.dotsPerPerson,
        vote.anonymous ? 1 : 0,
        vote.about,
        JSON.stringify(vote.items),
        vote.startedByName,
        now,
      );
    })();
  }

  closeVote(voteId: string, now: number): void {
    this.statements.closeVote.run(now, voteId);
  }

  clearVotes(boardId: string, now: number): void {
    this.statements.clearVotes.run(now, boardId);
  }

  setDots(voteId: string, voter: { key: string; name: string }, itemId: string, dots: number): void {
    if (dots > 0) this.statements.setDots.run(voteId, voter.key, voter.name, itemId, dots);
    else this.statements.deleteDots.run(voteId, voter.key, itemId);
  }

  startRound(boardId: string, round: { id: string; title: string }, now: number): void {
    this.statements.insertRound.run(round.id, boardId, round.title, 'open', now);
  }

  endRound(roundId: string, now: number): void {
    this.statements.endRound.run(now, roundId);
  }

  revealRound(roundId: string): void {
    this.statements.revealRound.run(roundId);
  }

  claimItem(roundId: string, itemId: string, author: { key: string; name: string }, now: number): void {
    this.statements.claim.run(roundId, itemId, author.key, author.name, now);
  }

  /** A slide a presenter showed, for the minutes. */
  slideShown(boardId: string, slide: { id: string; title: string }, shownByName: string, now: number): void {
    this.statements.slideShown.run(newId(), boardId, slide.id, slide.title, shownByName, now);
  }
}
