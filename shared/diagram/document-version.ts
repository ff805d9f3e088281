import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { DiagramDocument } from './diagram-document';

/** A board's content with the version of the live document it was read from (`documentVersion`). */
export type VersionedDiagram = DiagramDocument & { liveVersion: string };

/**
 * A live document's version as text for JSON: what it holds and what was deleted from it (a Yjs
 * snapshot: the state vector and the delete set). Two documents of one board at the same version
 * hold exactly the same content, so content read from one at that version is the other's too.
 */
export function documentVersion(doc: Y.Doc): string {
  return toBase64(Y.encodeSnapshot(Y.snapshot(doc)));
}

/** Whether `doc` is at `version` now; false for a version that cannot be read. */
export function isAtVersion(doc: Y.Doc, version: string): boolean {
  try {
    return Y.equalSnapshots(Y.snapshot(doc), Y.decodeSnapshot(fromBase64(version)));
  } catch {
    return false;
  }
}
