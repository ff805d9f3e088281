import { createTLSchema } from '@tldraw/tlschema';
import { getIndicesAbove } from '@tldraw/utils';
import { noteRecord } from '../../server/test/note-record';

/**
 * A .tldr file of `count` sticky notes in a square grid (240 px apart), each with a line of text:
 * the big boards of the open-time bench and of the browser test. Note `i` is `shape:note<i>`.
 */
export function noteGridFile(count: number): string {
  const indices = getIndicesAbove(null, count);
  const columns = Math.ceil(Math.sqrt(count));
  const colors = ['yellow', 'light-blue', 'light-green', 'orange'];
  const notes = indices.map((index, i) =>
    noteRecord(`note${i}`, `Innspill ${i + 1} fra kommunene`, { x: (i % columns) * 240, y: Math.floor(i / columns) * 240, index, color: colors[i % 4] }),
  );
  return JSON.stringify({
    tldrawFileFormatVersion: 1,
    schema: createTLSchema().serialize(),
    records: [
      { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
      { id: 'page:page', typeName: 'page', name: 'Side 1', index: 'a1', meta: {} },
      ...notes,
    ],
  });
}
