import { z } from 'zod';
import { closeCodes } from './close-codes';

/**
 * The envelope of tldraw sync messages a client may send (protocol v8: connect, push, ping).
 * Records inside are validated by tldraw's own record validators in the room; this schema makes
 * sure nothing else reaches the room.
 */
const recordSchema = z.looseObject({ id: z.string().min(1).max(200), typeName: z.string().min(1).max(100) });
const recordOpSchema = z.union([
  z.tuple([z.literal('put'), recordSchema]),
  z.tuple([z.literal('patch'), z.record(z.string(), z.unknown())]),
  z.tuple([z.literal('remove')]),
]);

export const canvasClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('connect'),
    connectRequestId: z.string().max(200),
    lastServerClock: z.number().int(),
    protocolVersion: z.number().int(),
    schema: z.looseObject({ schemaVersion: z.number().int() }),
  }),
  z.object({
    type: z.literal('push'),
    clientClock: z.number().int(),
    diff: z.record(z.string().min(1).max(200), recordOpSchema).optional(),
    presence: z
      .union([z.tuple([z.literal('put'), z.record(z.string(), z.unknown())]), z.tuple([z.literal('patch'), z.record(z.string(), z.unknown())])])
      .optional(),
  }),
  z.object({ type: z.literal('ping') }),
]);
export type CanvasClientMessage = z.infer<typeof canvasClientMessageSchema>;

/**
 * Planrom's own messages to a canvas client, sent as tldraw `custom` messages (`{ type: 'custom',
 * data }`), which tldraw's client hands to `onCustomMessageReceived` even before it has connected.
 */
export const canvasServerNoticeSchema = z.discriminatedUnion('type', [
  /** Sent once the room accepted the connection: what this person may do. */
  z.object({ type: z.literal('planrom/welcome'), access: z.enum(['read', 'write']) }),
  /** Sent just before the server closes the socket with one of Planrom's close codes. */
  z.object({ type: z.literal('planrom/closing'), code: z.number().int(), reason: z.string() }),
  /**
   * A change was refused and undone (the board is unchanged), or for `identity`: it named someone
   * else (a note's signature, a user record) and was stored with the sender's own name instead.
   */
  z.object({
    type: z.literal('planrom/refused'),
    reason: z.enum(['shape-limit', 'message-too-large', 'inline-image', 'foreign-asset', 'read-only', 'identity']),
  }),
  /** The board was replaced by a restored version or an imported file. */
  z.object({ type: z.literal('planrom/replaced'), by: z.string(), what: z.enum(['restore', 'import']) }),
]);
export type CanvasServerNotice = z.infer<typeof canvasServerNoticeSchema>;

/** Close codes after which reconnecting cannot help; the board shows why instead. */
export const finalCloseCodes: readonly number[] = [closeCodes.sessionEnded, closeCodes.accessRevoked, closeCodes.boardGone, closeCodes.shareLinkRevoked];
