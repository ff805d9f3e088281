import {
  InMemorySyncStorage,
  type RoomSnapshot,
  type TLSyncStorage,
  type TLSyncStorageGetChangesSinceResult,
  type TLSyncStorageOnChangeCallbackProps,
  type TLSyncStorageTransaction,
  type TLSyncStorageTransactionCallback,
  type TLSyncStorageTransactionOptions,
  type TLSyncStorageTransactionResult,
} from '@tldraw/sync-core';
import type { SerializedSchema, UnknownRecord } from '@tldraw/store';
import type { CanvasActor } from './canvas-actor';
import type { CanvasChangeLog } from './canvas-change-log';
import type { CanvasChangeDiff } from './canvas-state';

export interface CanvasStorageOptions {
  boardId: string;
  snapshot: RoomSnapshot;
  log: CanvasChangeLog;
  /** Called after a change has been stored (still inside the transaction; keep it cheap). */
  onStored?(clock: number, actor: CanvasActor | null): void;
}

/**
 * tldraw's `TLSyncStorage` for one canvas board: the state lives in tldraw's own in-memory storage
 * for fast reads, and every transaction that changes it is appended to the board's change log in
 * the database *inside* the transaction. tldraw sends the acknowledgement only after
 * `transaction()` returns, so an acknowledged change is always on disk; if the write fails, the
 * in-memory transaction rolls back and the room refuses the change.
 */
export class CanvasStorage implements TLSyncStorage<UnknownRecord> {
  private readonly memory: InMemorySyncStorage<UnknownRecord>;
  private readonly shapeIds = new Set<string>();
  /** Who the change being handled now comes from; set by the room around each message. */
  actor: CanvasActor | null = null;
  private writeFailure: { error: unknown } | null = null;

  constructor(private readonly options: CanvasStorageOptions) {
    this.memory = new InMemorySyncStorage<UnknownRecord>({ snapshot: options.snapshot });
    for (const doc of options.snapshot.documents) if (doc.state.typeName === 'shape') this.shapeIds.add(doc.state.id);
  }

  /** How many shapes the board has now. */
  get shapeCount(): number {
    return this.shapeIds.size;
  }

  hasShape(id: string): boolean {
    return this.shapeIds.has(id);
  }

  /** The stored record with this id, if there is one (read without a transaction). */
  record(id: string): UnknownRecord | undefined {
    const documents = (this.memory as unknown as { documents?: { get(id: string): { state: UnknownRecord } | undefined } }).documents;
    if (documents) return documents.get(id)?.state;
    return this.memory.transaction((txn) => txn.get(id)).result;
  }

  transaction<T>(
    callback: TLSyncStorageTransactionCallback<UnknownRecord, T>,
    opts?: TLSyncStorageTransactionOptions,
  ): TLSyncStorageTransactionResult<T, UnknownRecord> {
    const run = (txn: TLSyncStorageTransaction<UnknownRecord>) => {
      const recording = new RecordingTransaction(txn);
      const result = (callback as (txn: TLSyncStorageTransaction<UnknownRecord>) => T)(recording);
      const clock = txn.getClock();
      if (recording.changed) {
        const diff = recording.diff();
        try {
          this.options.log.append(this.options.boardId, clock, this.actor, diff, recording.schema);
        } catch (error) {
          this.writeFailure = { error };
          throw error;
        }
        for (const record of Object.values(diff.puts)) if (record.typeName === 'shape') this.shapeIds.add(record.id);
        for (const id of diff.deletes) this.shapeIds.delete(id);
        this.options.onStored?.(clock, this.actor);
      }
      return result;
    };
    return this.memory.transaction(run as TLSyncStorageTransactionCallback<UnknownRecord, T>, opts);
  }

  getClock(): number {
    return this.memory.getClock();
  }

  /** The write to the database that failed since the last call (and so a change was refused), if one did. */
  takeWriteFailure(): { error: unknown } | null {
    const failure = this.writeFailure;
    this.writeFailure = null;
    return failure;
  }

  onChange(callback: (arg: TLSyncStorageOnChangeCallbackProps) => unknown): () => void {
    return this.memory.onChange(callback);
  }

  getSnapshot(): RoomSnapshot {
    return this.memory.getSnapshot();
  }
}

/** Passes a transaction through while noting what it put, deleted and migrated. */
class RecordingTransaction implements TLSyncStorageTransaction<UnknownRecord> {
  private readonly puts = new Map<string, UnknownRecord>();
  private readonly deletes = new Set<string>();
  schema: SerializedSchema | null = null;
  private readonly clockBefore: number;

  constructor(private readonly inner: TLSyncStorageTransaction<UnknownRecord>) {
    this.clockBefore = inner.getClock();
  }

  get changed(): boolean {
    return this.inner.getClock() !== this.clockBefore;
  }

  diff(): CanvasChangeDiff {
    return { puts: Object.fromEntries(this.puts), deletes: [...this.deletes] };
  }

  get(id: string) {
    return this.inner.get(id);
  }
  set(id: string, record: UnknownRecord) {
    this.inner.set(id, record);
    this.puts.set(id, record);
    this.deletes.delete(id);
  }
  delete(id: string) {
    const existed = this.inner.get(id) !== undefined;
    this.inner.delete(id);
    this.puts.delete(id);
    if (existed) this.deletes.add(id);
  }
  entries() {
    return this.inner.entries();
  }
  keys() {
    return this.inner.keys();
  }
  values() {
    return this.inner.values();
  }
  getSchema() {
    return this.inner.getSchema();
  }
  setSchema(schema: SerializedSchema) {
    this.inner.setSchema(schema);
    this.schema = schema;
  }
  getClock() {
    return this.inner.getClock();
  }
  getChangesSince(sinceClock: number): TLSyncStorageGetChangesSinceResult<UnknownRecord> | undefined {
    return this.inner.getChangesSince(sinceClock);
  }
}
