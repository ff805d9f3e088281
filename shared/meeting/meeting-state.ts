import { z } from 'zod';
import { presenterViewSchema } from './meeting-protocol';

/** A person in a meeting, as others see them (no account details). */
export const meetingPersonSchema = z.object({ id: z.string(), name: z.string() });
export type MeetingPerson = z.infer<typeof meetingPersonSchema>;

/**
 * The shared countdown. While it runs, `endsAt` is the server's clock time it ends at; while paused
 * or reset, `remainingMs` is what is left. Clients correct for their own clock with `serverNow`.
 */
export const meetingTimerSchema = z.object({
  durationMs: z.number(),
  running: z.boolean(),
  endsAt: z.number().nullable(),
  remainingMs: z.number(),
});
export type MeetingTimer = z.infer<typeof meetingTimerSchema>;

export const voteItemResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number(),
  /** Who placed dots here (names); empty in an anonymous vote. */
  voters: z.array(z.string()),
});
export type VoteItemResult = z.infer<typeof voteItemResultSchema>;

/** The board's newest dot vote, open or closed, as one participant sees it. */
export const meetingVoteSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'closed']),
  dotsPerPerson: z.number(),
  anonymous: z.boolean(),
  /** The part of the board it is about, by name; null: the whole board. */
  about: z.string().nullable(),
  items: z.array(voteItemResultSchema),
  /** Dots this participant has placed, per item id. */
  myDots: z.record(z.string(), z.number()),
  /** How many people have placed at least one dot. */
  voterCount: z.number(),
  startedBy: z.string(),
});
export type MeetingVote = z.infer<typeof meetingVoteSchema>;

/** A note or node written during a round; `author` is null while the round's authors are hidden. */
export const roundItemSchema = z.object({ itemId: z.string(), author: z.string().nullable(), mine: z.boolean() });

export const meetingRoundSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  revealed: z.boolean(),
  startedAt: z.number(),
  items: z.array(roundItemSchema),
});
export type MeetingRound = z.infer<typeof meetingRoundSchema>;

/** The meeting state of one board, as one participant sees it (own dots, own anonymous notes). */
export const meetingStateSchema = z.object({
  presenter: meetingPersonSchema.nullable(),
  /** Whether this connection is the presenter's (one tab presents, even when the same person has two open). */
  youPresent: z.boolean(),
  timer: meetingTimerSchema,
  vote: meetingVoteSchema.nullable(),
  /** Newest first. */
  rounds: z.array(meetingRoundSchema),
});
export type MeetingState = z.infer<typeof meetingStateSchema>;

export const meetingRefusalSchema = z.enum([
  'not-allowed',
  'no-dots-left',
  'no-dots-here',
  'no-open-vote',
  'unknown-item',
  'vote-open',
  'no-open-round',
  'round-open',
  'unknown-round',
  'already-claimed',
  'timer-not-set',
  'bad-message',
]);
export type MeetingRefusal = z.infer<typeof meetingRefusalSchema>;

/** What the server sends on the meeting channel. */
export const meetingServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    protocol: z.number(),
    you: meetingPersonSchema.extend({ canControl: z.boolean() }),
    serverNow: z.number(),
    state: meetingStateSchema,
  }),
  z.object({ type: z.literal('state'), serverNow: z.number(), state: meetingStateSchema }),
  z.object({ type: z.literal('view'), view: presenterViewSchema }),
  z.object({ type: z.literal('refused'), reason: meetingRefusalSchema, request: z.string() }),
]);
export type MeetingServerMessage = z.infer<typeof meetingServerMessageSchema>;
