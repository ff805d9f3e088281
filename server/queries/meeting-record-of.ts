import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { minutesLimits, type MeetingRecord } from '../../shared/schemas/minutes';
import type { Database } from '../db/client';
import {
  boardDecisions,
  boards,
  meetingAttendance,
  meetingBallots,
  meetingMinutes,
  meetingRoundItems,
  meetingRounds,
  meetingSlides,
  meetingVotes,
  regions,
} from '../db/schema/index';
import { presentDecision } from '../presenters/present-decision';

type BoardRow = typeof boards.$inferSelect;

const storedItemsOf = (text: string): Array<{ id: string; label: string }> => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((item): item is { id: string; label: string } => typeof item?.id === 'string' && typeof item?.label === 'string')
      : [];
  } catch {
    return [];
  }
};

/**
 * The meeting just held on a board: everything since the last minutes were made (at most the last
 * twelve hours). People present come from the meeting channel's attendance, never linked to what
 * they wrote or voted.
 */
export async function meetingRecordOf(db: Database, board: BoardRow, now: Date): Promise<MeetingRecord> {
  const last = await db.query.meetingMinutes.findFirst({
    where: eq(meetingMinutes.boardId, board.id),
    orderBy: desc(meetingMinutes.endedAt),
    columns: { endedAt: true },
  });
  const since = new Date(Math.max(now.getTime() - minutesLimits.lookBackMs, last?.endedAt.getTime() ?? 0));
  const region = (await db.query.regions.findFirst({ where: eq(regions.id, board.regionId) }))!;

  const [attendance, votes, rounds, decisions, slides] = await Promise.all([
    db
      .select()
      .from(meetingAttendance)
      .where(
        and(
          eq(meetingAttendance.boardId, board.id),
          or(gte(meetingAttendance.joinedAt, since), isNull(meetingAttendance.leftAt), gte(meetingAttendance.leftAt, since)),
        ),
      )
      .orderBy(asc(meetingAttendance.joinedAt)),
    db
      .select()
      .from(meetingVotes)
      .where(and(eq(meetingVotes.boardId, board.id), eq(meetingVotes.status, 'closed'), gte(meetingVotes.closedAt, since)))
      .orderBy(asc(meetingVotes.startedAt)),
    db
      .select()
      .from(meetingRounds)
      .where(and(eq(meetingRounds.boardId, board.id), gte(meetingRounds.startedAt, since)))
      .orderBy(asc(meetingRounds.startedAt)),
    db
      .select()
      .from(boardDecisions)
      .where(and(eq(boardDecisions.boardId, board.id), gte(boardDecisions.markedAt, since)))
      .orderBy(asc(boardDecisions.decidedOn), asc(boardDecisions.markedAt)),
    db
      .select()
      .from(meetingSlides)
      .where(and(eq(meetingSlides.boardId, board.id), gte(meetingSlides.shownAt, since)))
      .orderBy(asc(meetingSlides.shownAt), sql`rowid`),
  ]);
  const voteIds = votes.map((vote) => vote.id);
  const roundIds = rounds.map((round) => round.id);
  const [dots, items] = await Promise.all([
    voteIds.length
      ? db
          .select({ voteId: meetingBallots.voteId, itemId: meetingBallots.itemId, dots: sql<number>`sum(${meetingBallots.dots})` })
          .from(meetingBallots)
          .where(inArray(meetingBallots.voteId, voteIds))
          .groupBy(meetingBallots.voteId, meetingBallots.itemId)
      : [],
    roundIds.length
      ? db
          .select({ roundId: meetingRoundItems.roundId, itemId: meetingRoundItems.itemId, createdAt: meetingRoundItems.createdAt })
          .from(meetingRoundItems)
          .where(inArray(meetingRoundItems.roundId, roundIds))
          .orderBy(asc(meetingRoundItems.createdAt))
      : [],
  ]);

  const times = [
    ...attendance.flatMap((row) => [row.joinedAt.getTime(), (row.leftAt ?? now).getTime()]),
    ...votes.flatMap((vote) => [vote.startedAt.getTime(), vote.closedAt?.getTime() ?? now.getTime()]),
    ...rounds.flatMap((round) => [round.startedAt.getTime(), round.endedAt?.getTime() ?? now.getTime()]),
    ...slides.map((slide) => slide.shownAt.getTime()),
  ];
  // Each slide once, where it first came up (going back to one does not list it again).
  const seen = new Set<string>();
  const firstShown = slides.filter((slide) => !seen.has(slide.slideId) && seen.add(slide.slideId));
  const startedAt = new Date(times.length ? Math.min(...times) : now.getTime());
  const endedAt = new Date(times.length ? Math.min(Math.max(...times), now.getTime()) : now.getTime());

  return {
    board: { id: board.id, title: board.title },
    region: { name: region.name, language: region.language },
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    present: [...new Map(attendance.map((row) => [row.participantKey, row.name])).values()].sort((a, b) => a.localeCompare(b, 'nb')),
    slides: firstShown.map((slide) => ({ title: slide.title, shownAt: slide.shownAt.toISOString(), shownBy: slide.shownByName })),
    votes: votes.map((vote) => ({
      startedAt: vote.startedAt.toISOString(),
      closedAt: vote.closedAt!.toISOString(),
      anonymous: vote.anonymous,
      about: vote.about,
      items: storedItemsOf(vote.items)
        .map((item) => ({ ...item, dots: Number(dots.find((row) => row.voteId === vote.id && row.itemId === item.id)?.dots ?? 0) }))
        .sort((a, b) => b.dots - a.dots),
    })),
    rounds: rounds.map((round) => ({
      title: round.title,
      startedAt: round.startedAt.toISOString(),
      // Ordered by when they were written, never by whom.
      itemIds: items.filter((item) => item.roundId === round.id).map((item) => item.itemId),
    })),
    decisions: decisions.map(presentDecision),
  };
}
