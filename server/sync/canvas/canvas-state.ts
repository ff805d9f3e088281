import { DEFAULT_INITIAL_SNAPSHOT, type RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema, UnknownRecord } from '@tldraw/store';

/** One committed change as the change log keeps it: records as they became, and removed ids. */
export interface CanvasChangeDiff {
  puts: Record<string, UnknownRecord>;
  deletes: string[];
}

/** A board's state while it is rebuilt from a snapshot and the changes after it. */
export interface CanvasState {
  documents: Map<string, { state: UnknownRecord; lastChangedClock: number }>;
  tombstones: Map<string, number>;
  schema: SerializedSchema;
  documentClock: number;
  tombstoneHistoryStartsAtClock: number;
}

/** The state of a new, empty canvas board: tldraw's document and one page, "Side 1". */
export function initialCanvasSnapshot(): RoomSnapshot {
  return {
    ...DEFAULT_INITIAL_SNAPSHOT,
    documents: DEFAULT_INITIAL_SNAPSHOT.documents.map((doc) => (doc.state.typeName === 'page' ? { ...doc, state: { ...doc.state, name: 'Side 1' } } : doc)),
  };
}

/** Turns a stored snapshot into a state that changes can be applied to. */
export function stateFromSnapshot(snapshot: RoomSnapshot): CanvasState {
  const documentClock = snapshot.documentClock ?? snapshot.clock ?? 0;
  return {
    documents: new Map(snapshot.documents.map((doc) => [doc.state.id, { state: doc.state, lastChangedClock: doc.lastChangedClock }])),
    tombstones: new Map(Object.entries(snapshot.tombstones ?? {})),
    schema: snapshot.schema ?? DEFAULT_INITIAL_SNAPSHOT.schema,
    documentClock,
    tombstoneHistoryStartsAtClock: snapshot.tombstoneHistoryStartsAtClock ?? documentClock,
  };
}

/** Applies one logged change (made at `clock`) to a state, exactly as the room applied it. */
export function applyCanvasChange(state: CanvasState, clock: number, diff: CanvasChangeDiff, schema: SerializedSchema | null): void {
  for (const [id, record] of Object.entries(diff.puts)) {
    state.documents.set(id, { state: record, lastChangedClock: clock });
    state.tombstones.delete(id);
  }
  for (const id of diff.deletes) {
    state.documents.delete(id);
    state.tombstones.set(id, clock);
  }
  if (schema) state.schema = schema;
  state.documentClock = Math.max(state.documentClock, clock);
}

/** The state as tldraw's RoomSnapshot, to start a room with or to store. */
export function snapshotFromState(state: CanvasState): RoomSnapshot {
  return {
    documentClock: state.documentClock,
    tombstoneHistoryStartsAtClock: state.tombstoneHistoryStartsAtClock,
    documents: [...state.documents.values()],
    tombstones: Object.fromEntries(state.tombstones),
    schema: state.schema,
  };
}

/** How many shapes a snapshot holds. */
export function countShapes(snapshot: RoomSnapshot): number {
  let shapes = 0;
  for (const doc of snapshot.documents) if (doc.state.typeName === 'shape') shapes += 1;
  return shapes;
}
