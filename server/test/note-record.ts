import type { TLRecord } from '@tldraw/tlschema';

/**
 * A tldraw 5.4 sticky note as a client would store it: for tests that write records directly and for
 * the big generated boards of the browser tests and the bench.
 */
export function noteRecord(
  id: string,
  text: string,
  {
    x = 0,
    y = 0,
    index = 'a1',
    color = 'yellow',
    textLastEditedBy = null,
  }: { x?: number; y?: number; index?: string; color?: string; textLastEditedBy?: string | null } = {},
): TLRecord {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color,
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      textLastEditedBy,
    },
  } as unknown as TLRecord;
}
