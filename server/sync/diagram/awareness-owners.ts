import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Awareness client ids one connection may hold (a Yjs document has one; a few leave room for a reload of it). */
const maxIdsPerOwner = 4;

/**
 * Which connection holds which awareness client id, so a client can set (or clear) only its own
 * presence: an id belongs to the first connection that sends it and stays with it until it leaves.
 * Entries for ids another connection holds are dropped, unless that connection is the same person
 * (a tab reconnecting before its old socket is known to be gone), which then takes the id over.
 */
export class AwarenessOwners<Owner extends object> {
  private readonly ownerOf = new Map<number, Owner>();
  private readonly idsOf = new Map<Owner, Set<number>>();

  constructor(private readonly samePerson: (a: Owner, b: Owner) => boolean) {}

  /**
   * An awareness update (y-protocols' encoding) with only the entries `owner` may set; null when
   * none are left.
   */
  filter(owner: Owner, update: Uint8Array): { update: Uint8Array | null; dropped: number } {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const kept: Array<{ clientId: number; clock: number; state: string }> = [];
    let dropped = 0;
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (this.claim(owner, clientId)) kept.push({ clientId, clock, state });
      else dropped += 1;
    }
    if (dropped === 0) return { update, dropped };
    if (kept.length === 0) return { update: null, dropped };
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kept.length);
    for (const entry of kept) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
    return { update: encoding.toUint8Array(encoder), dropped };
  }

  /** The ids `owner` held; they are free again. */
  release(owner: Owner): number[] {
    const ids = [...(this.idsOf.get(owner) ?? [])];
    for (const id of ids) if (this.ownerOf.get(id) === owner) this.ownerOf.delete(id);
    this.idsOf.delete(owner);
    return ids;
  }

  private claim(owner: Owner, clientId: number): boolean {
    const holder = this.ownerOf.get(clientId);
    if (holder === owner) return true;
    const mine = this.idsOf.get(owner) ?? new Set<number>();
    if (holder && !this.samePerson(holder, owner)) return false;
    if (mine.size >= maxIdsPerOwner) return false;
    if (holder) this.idsOf.get(holder)?.delete(clientId);
    this.ownerOf.set(clientId, owner);
    mine.add(clientId);
    this.idsOf.set(owner, mine);
    return true;
  }
}
