// @vitest-environment happy-dom
import { getIndicesAbove } from '@tldraw/utils';
import {
  createTLStore,
  defaultAddFontsFromNode,
  defaultBindingUtils,
  defaultShapeUtils,
  Editor,
  tipTapDefaultExtensions,
  type TLNoteShape,
  type TLRecord,
  type TLShapeId,
} from 'tldraw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteRecord } from '../../../../../server/test/note-record';

/**
 * tldraw measures each note's label with a forced layout of its own (the select tool's first hover
 * check asks for every note's geometry while the editor starts): 2,000 layouts for a 2,000-note
 * board. patches/tldraw+*.patch measures the page's unmeasured notes together with tldraw's own
 * batch measurement (one layout per 250 notes) and keeps the sizes that need no smaller font.
 * These tests fail if an upgrade drops the patch (every note is measured one by one again).
 * happy-dom lays nothing out (every size is 0), so they count measurements; the sizes themselves
 * are the same HTML and options as tldraw's own first measurement of a note.
 */
describe('tldraw note labels (patched to be measured in batches)', () => {
  let editor: Editor | null = null;
  afterEach(() => {
    editor?.dispose();
    editor = null;
  });

  function editorWithNotes(count: number, empty = 0) {
    const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
    const indices = getIndicesAbove(null, count + empty);
    const notes = indices.map((index, i) => {
      const note = noteRecord(`note${i}`, i < count ? `Innspill ${i + 1}` : '', { x: i * 240, index }) as TLNoteShape;
      return i < count ? note : { ...note, props: { ...note.props, richText: { type: 'doc', content: [{ type: 'paragraph' }] } } };
    });
    const page = { id: 'page:page', typeName: 'page', name: 'Side 1', index: 'a1', meta: {} };
    store.put([page, ...notes] as TLRecord[]);
    const container = document.createElement('div');
    document.body.append(container);
    editor = new Editor({
      store,
      shapeUtils: defaultShapeUtils,
      bindingUtils: defaultBindingUtils,
      tools: [],
      getContainer: () => container,
      // What <Tldraw> passes.
      textOptions: { tipTapConfig: { extensions: tipTapDefaultExtensions }, addFontsFromNode: defaultAddFontsFromNode },
    });
    return { editor, ids: notes.map((note) => note.id as TLShapeId) };
  }

  it("measures a page's notes in batches, not one by one", () => {
    const { editor, ids } = editorWithNotes(600);
    const single = vi.spyOn(editor.textMeasure, 'measureHtml');
    const batch = vi.spyOn(editor.textMeasure, 'measureHtmlBatch');
    for (const id of ids) editor.getShapeGeometry(id);
    expect(single).not.toHaveBeenCalled();
    // 600 notes: batches of 250, 250 and 100, then one to let go of the pooled elements.
    expect(batch.mock.calls.map(([requests]) => requests.length)).toEqual([250, 250, 100, 1]);
    expect(editor.getContainer().querySelectorAll('.tl-text-measure').length).toBeLessThanOrEqual(2);
  });

  it('measures a changed note alone, and skips empty notes', () => {
    const { editor, ids } = editorWithNotes(3, 2);
    const batch = vi.spyOn(editor.textMeasure, 'measureHtmlBatch');
    for (const id of ids) editor.getShapeGeometry(id);
    expect(batch.mock.calls.map(([requests]) => requests.length)).toEqual([3, 1]);
    const single = vi.spyOn(editor.textMeasure, 'measureHtml');
    const note = editor.getShape<TLNoteShape>(ids[0]!)!;
    editor.updateShape({
      id: note.id,
      type: 'note',
      props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Endret' }] }] } },
    });
    editor.getShapeGeometry(note.id);
    expect(single).toHaveBeenCalledTimes(1);
    expect(batch).toHaveBeenCalledTimes(2);
  });
});
