import { z } from 'zod';
import { singleLineText } from '../schemas/text';

/**
 * Diagram boards sync with the y-protocols wire format over one WebSocket per board, as y-websocket
 * does: every binary message starts with a varuint message type, followed by a y-protocols sync
 * message (step 1, step 2 or update) or an awareness update.
 */
export const diagramMessageType = {
  sync: 0,
  awareness: 1,
} as const;

/** Bump when the framing above changes incompatibly. */
export const diagramProtocolVersion = 1;

/** The socket's path for a board (under the site's origin, `ws:` or `wss:`). */
export function diagramSocketPath(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/diagram/sync`;
}

/** Who a presence state belongs to. The server overwrites it with the signed-in identity. */
export const presenceUserSchema = z.object({
  id: singleLineText().max(200),
  name: singleLineText().max(200),
  color: z.string().max(20),
  /** Whether they may change the board. */
  canEdit: z.boolean().optional(),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/**
 * What each client shares through the awareness protocol: who they are, what they have selected,
 * where their pointer is (diagram coordinates) and which view they are in. Never stored.
 */
export const diagramPresenceSchema = z.object({
  user: presenceUserSchema,
  selection: z.array(z.string().max(100)).max(1000).default([]),
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable().default(null),
  view: z.string().max(40).optional(),
  /** The process variant they are looking at, if any. */
  variantId: z.string().max(100).nullable().optional(),
});
export type DiagramPresence = z.infer<typeof diagramPresenceSchema>;
