import type { CanvasClientMessage } from '../../../shared/sync/canvas-messages';
import { canvasGuestId, canvasUserRecordId } from '../../../shared/sync/person-ids';
import type { CanvasActor } from './canvas-actor';
import { applyObjectDiff, applyValueOp } from './apply-object-diff';

type Push = Extract<CanvasClientMessage, { type: 'push' }>;
type Diff = NonNullable<Push['diff']>;
type RecordOp = Diff[string];
type Presence = NonNullable<Push['presence']>;

/**
 * The id tldraw attributes a person's work to (`textLastEditedBy` on notes, the `user:` record
 * with their name, the presence's `userId`): the account's id, or for a guest `guest:<name>`, as
 * the web app sets it. Guests have no account, so their name is all there is to them.
 */
export function attributionIdOf(actor: CanvasActor): string {
  return actor.id ?? canvasGuestId(actor.name);
}

/** What a push looks like once the server has put the sender's own identity in it. */
export interface StampedPush {
  diff: Diff | undefined;
  presence: Presence | undefined;
  /** A document change was dropped or rewritten: the sender must be corrected and told. */
  rewrote: boolean;
  /** Only the presence was rewritten (never echoed to the sender, so nothing to correct). */
  presenceRewritten: boolean;
}

const attributionFields = ['textLastEditedBy'] as const;

/**
 * Puts the sender's identity, as the server knows it, into a push: presence carries their name and
 * id; the only `user:` record they may write is their own, with their own name (and no picture
 * address, which browsers would fetch); a note's `textLastEditedBy` may only stay as it was or
 * name the sender. Anything else is dropped or rewritten to the sender, never stored as someone else.
 * @param current the stored record with an id, if there is one
 */
export function stampIdentity(push: Push, actor: CanvasActor, current: (id: string) => unknown): StampedPush {
  const me = attributionIdOf(actor);
  const myUserRecord = canvasUserRecordId(me);
  let rewrote = false;
  let diff: Diff | undefined;
  if (push.diff) {
    diff = {};
    for (const [id, op] of Object.entries(push.diff)) {
      const stamped = id.startsWith('user:') ? stampUserOp(id, op, myUserRecord, actor.name) : stampShapeOp(id, op, me, current(id));
      if (stamped !== op) rewrote = true;
      if (stamped) diff[id] = stamped;
    }
  }
  const presence = push.presence ? stampPresence(push.presence, myUserRecord, actor.name) : undefined;
  return { diff, presence: presence ?? push.presence, rewrote, presenceRewritten: !!presence };
}

/** A `user:` record op: only the sender's own, named as Planrom knows them; null drops it. */
function stampUserOp(id: string, op: RecordOp, mine: string, name: string): RecordOp | null {
  if (id !== mine) return null;
  if (op[0] === 'put') {
    const record = op[1] as Record<string, unknown>;
    if (record.name === name && (record.imageUrl ?? '') === '') return op;
    return ['put', { ...record, name, imageUrl: '' }] as unknown as RecordOp;
  }
  if (op[0] === 'patch') {
    const patch = op[1] as Record<string, unknown>;
    if (!('name' in patch) && !('imageUrl' in patch)) return op;
    const { name: _name, imageUrl: _imageUrl, ...rest } = patch;
    return Object.keys(rest).length > 0 ? (['patch', rest] as RecordOp) : null;
  }
  return op;
}

/** A shape op: attribution fields may keep their stored value or name the sender; others become the sender. */
function stampShapeOp(id: string, op: RecordOp, me: string, stored: unknown): RecordOp {
  if (!id.startsWith('shape:') || op[0] === 'remove') return op;
  const before = (stored as { props?: Record<string, unknown> } | undefined)?.props;
  const after =
    op[0] === 'put'
      ? ((op[1] as { props?: unknown }).props as Record<string, unknown> | undefined)
      : (applyValueOp(before, (op[1] as Record<string, unknown>).props) as Record<string, unknown> | undefined);
  if (!after || typeof after !== 'object') return op;
  const fixes: Record<string, string> = {};
  for (const field of attributionFields) {
    if (!(field in after)) continue;
    const claimed = after[field];
    const was = before?.[field];
    if (claimed === null || claimed === me || (claimed === was && stored !== undefined)) continue;
    // Someone else's name: a stored note keeps the name it had; a new one (text the sender wrote,
    // or a copy they made) carries the sender's.
    fixes[field] = stored !== undefined && typeof was === 'string' ? was : me;
  }
  if (Object.keys(fixes).length === 0) return op;
  if (op[0] === 'put') {
    const record = op[1] as Record<string, unknown>;
    return ['put', { ...record, props: { ...(record.props as object), ...fixes } }] as unknown as RecordOp;
  }
  const patched = applyObjectDiff(stored, op[1]) as Record<string, unknown>;
  return ['put', { ...patched, props: { ...(patched.props as object), ...fixes } }] as unknown as RecordOp;
}

/** Presence with the sender's own name and id; undefined when it already had them. */
function stampPresence(presence: Presence, mine: string, name: string): Presence | undefined {
  const [op, value] = presence;
  if (op === 'put') {
    if (value.userName === name && value.userId === mine) return undefined;
    return ['put', { ...value, userName: name, userId: mine }];
  }
  if (!('userName' in value) && !('userId' in value)) return undefined;
  const fixed: Record<string, unknown> = { ...value };
  if ('userName' in value) fixed.userName = ['put', name];
  if ('userId' in value) fixed.userId = ['put', mine];
  return ['patch', fixed];
}
