import { createTLSchema } from '@tldraw/tlschema';
import { getIndicesAbove } from '@tldraw/utils';

/**
 * A .tldr file of `count` sticky notes in a square grid (240 px apart), each with a line of text:
 * the big boards of the open-time bench and of the browser test. Note `i` is `shape:note<i>`.
 */
export function noteGridFile(count: number): string {
  const indices = getIndicesAbove(null, count);
  const columns = Math.ceil(Math.sqrt(count));
  const notes = indices.map((index, i) => ({
    id: `shape:note${i}`,
    typeName: 'shape',
    type: 'note',
    x: (i % columns) * 240,
    y: Math.floor(i / columns) * 240,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: ['yellow', 'light-blue', 'light-green', 'orange'][i % 4],
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Innspill ${i + 1} fra kommunene` }] }] },
      textLastEditedBy: null,
    },
  }));
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
