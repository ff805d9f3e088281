import { z } from 'zod';
import { multiLineText, singleLineText } from '../schemas/text';
import { meetingScreenQuery } from '../web/meeting-screen-query';

/**
 * The meeting channel: one small JSON WebSocket per board beside the editor's own socket. It carries
 * what a meeting shares (who presents and where they look, the timer, dot votes, anonymous rounds);
 * the server holds the state and is the clock, clients only ask for changes.
 */
export const meetingProtocolVersion = 1;

/**
 * The socket's path for a board (under the site's origin, `ws:` or `wss:`). The meeting-room screen
 * says it is one (`?visning=skjerm`): it follows the meeting but is no one present at it.
 */
export function meetingSocketPath(boardId: string, { screen = false }: { screen?: boolean } = {}): string {
  const path = `/api/boards/${encodeURIComponent(boardId)}/meeting`;
  return screen ? `${path}?${meetingScreenQuery.name}=${meetingScreenQuery.value}` : path;
}

/** Limits the server enforces and forms reuse. */
export const meetingLimits = {
  /** Largest JSON message a client may send. */
  maxMessageBytes: 64 * 1024,
  maxTimerMs: 4 * 60 * 60 * 1000,
  minDots: 1,
  maxDots: 10,
  /** Most items (notes or nodes) one vote can be over. */
  maxVoteItems: 300,
  maxLabelLength: 200,
  maxRoundTitleLength: 120,
  /** Rounds a board shows (the newest). */
  shownRounds: 5,
  /** How often a presenter's view is passed on at most. */
  viewIntervalMs: 100,
} as const;

const itemIdSchema = singleLineText().min(1).max(100);

/**
 * A name from the board (a frame's, a phase's, a slide's) as the channel takes a one-line label:
 * line breaks and other control characters as spaces, within `maxLabelLength`.
 * @example oneLineLabel('Hva vil vi\noppnå sammen?') // 'Hva vil vi oppnå sammen?'
 */
export function oneLineLabel(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
    .slice(0, meetingLimits.maxLabelLength);
}

/** A rectangle of the board in its own coordinates (tldraw page or React Flow space). */
export const viewBoundsSchema = z.strictObject({
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
  width: z.number().finite().positive().max(1e7),
  height: z.number().finite().positive().max(1e7),
});
export type ViewBounds = z.infer<typeof viewBoundsSchema>;

/** A slide (a canvas frame, a plan phase, an actor category or group) as its presenter names it. */
export const shownSlideSchema = z.strictObject({
  id: singleLineText().min(1).max(200),
  title: singleLineText().max(meetingLimits.maxLabelLength),
});
export type ShownSlide = z.infer<typeof shownSlideSchema>;

/**
 * The slide a presenter is on, for the meeting-room screen to name («Planforslag», 3 of 10) and to
 * mark on the board (a plan process marks the phase presented).
 */
export const presenterSlideSchema = shownSlideSchema
  .extend({
    position: z.number().int().min(1).max(10_000),
    count: z.number().int().min(1).max(10_000),
  })
  .refine((slide) => slide.position <= slide.count, { message: 'position is past the last slide' });
export type PresenterSlide = z.infer<typeof presenterSlideSchema>;

/** What the presenter is looking at: the board area, on a canvas which page, and the slide if they present one. */
export const presenterViewSchema = z.strictObject({
  bounds: viewBoundsSchema,
  page: z.string().max(100).nullable().default(null),
  slide: presenterSlideSchema.nullable().default(null),
});
export type PresenterView = z.infer<typeof presenterViewSchema>;

/** Everything a client may ask of the meeting channel, discriminated by `type`. */
export const meetingClientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('presenter/take') }),
  z.strictObject({ type: z.literal('presenter/stop') }),
  z.strictObject({ type: z.literal('presenter/view'), view: presenterViewSchema }),
  z.strictObject({ type: z.literal('timer/set'), durationMs: z.number().int().min(1000).max(meetingLimits.maxTimerMs) }),
  z.strictObject({ type: z.literal('timer/start') }),
  z.strictObject({ type: z.literal('timer/pause') }),
  z.strictObject({ type: z.literal('timer/reset') }),
  z.strictObject({
    type: z.literal('vote/start'),
    dotsPerPerson: z.number().int().min(meetingLimits.minDots).max(meetingLimits.maxDots),
    anonymous: z.boolean(),
    /** The part of the board the vote is about (a frame's, phase's or group's name); null: the whole board. */
    about: singleLineText().trim().min(1).max(meetingLimits.maxLabelLength).nullable().default(null),
    items: z
      .array(z.strictObject({ id: itemIdSchema, label: multiLineText().max(meetingLimits.maxLabelLength) }))
      .min(1)
      .max(meetingLimits.maxVoteItems),
  }),
  z.strictObject({ type: z.literal('vote/cast'), itemId: itemIdSchema }),
  z.strictObject({ type: z.literal('vote/retract'), itemId: itemIdSchema }),
  z.strictObject({ type: z.literal('vote/close') }),
  z.strictObject({ type: z.literal('vote/clear') }),
  z.strictObject({ type: z.literal('round/start'), title: singleLineText().trim().max(meetingLimits.maxRoundTitleLength) }),
  z.strictObject({ type: z.literal('round/end') }),
  z.strictObject({ type: z.literal('round/reveal'), roundId: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('round/claim'), itemId: itemIdSchema }),
  // A presenter's slide came up: the server notes it (who, when) for the meeting's minutes.
  z.strictObject({ type: z.literal('slide/shown'), slide: shownSlideSchema }),
]);
export type MeetingClientMessage = z.infer<typeof meetingClientMessageSchema>;
/** A message as a client writes it: fields with a default may be left out. */
export type MeetingClientMessageInput = z.input<typeof meetingClientMessageSchema>;
