// @vitest-environment happy-dom
import { createShapeId, type Editor, type TLShapeId } from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessEditor } from './headless-editor';

/**
 * When the server answers a change, tldraw's sync client takes back the changes it has not had
 * confirmed and puts them again on top of the server's (TLSyncClient's rebase, in one remote
 * merge). tldraw 5.4.2 noted each shape taken away there as deleted, and cleared it from the
 * selection once the merge was done, although it was back: after Undo brought back deleted notes,
 * they lost their selection and, since that clearing counted as the person's own change, Redo had
 * nothing left to do. patches/@tldraw+editor+*.patch clears only shapes that are really gone, and
 * keeps that clearing out of the history when someone else's change made it. These tests fail if an
 * upgrade drops the patch without fixing it.
 */
describe('tldraw selection and redo across a sync merge (patched)', () => {
  let editor: Editor;
  afterEach(() => editor?.dispose());

  function newEditor() {
    editor = headlessEditor();
    return editor;
  }

  /** What the sync client's rebase does to shapes it had put speculatively: taken away and put again, as one remote merge. */
  function takenAwayAndPutAgain(ids: TLShapeId[]) {
    const shapes = ids.map((id) => editor.getShape(id)!);
    editor.store.mergeRemoteChanges(() => {
      editor.store.remove(ids);
      editor.store.put(shapes);
    });
  }

  it('keeps the selection of shapes that a merge took away and put back, and what Redo can do', () => {
    newEditor();
    const ids = [createShapeId('a'), createShapeId('b')];
    editor.createShapes(ids.map((id, i) => ({ id, type: 'geo', x: i * 300, y: 0 })));
    editor.select(...ids);
    // As tldraw's Delete does: a stopping point, then the deletion.
    editor.markHistoryStoppingPoint('deleting');
    editor.deleteShapes(ids);
    editor.undo();
    expect(editor.getSelectedShapeIds()).toEqual(ids);
    expect(editor.getCanRedo()).toBe(true);

    takenAwayAndPutAgain(ids);

    expect(editor.getSelectedShapeIds()).toEqual(ids);
    expect(editor.getCanRedo()).toBe(true);
    editor.redo();
    expect(editor.getShape(ids[0]!)).toBeUndefined();
  });

  it('still clears from the selection a shape someone else deleted, but not what Redo can do', () => {
    newEditor();
    const [kept, gone] = [createShapeId('c'), createShapeId('d')];
    editor.createShapes([
      { id: kept, type: 'geo', x: 0, y: 0 },
      { id: gone, type: 'geo', x: 300, y: 0 },
    ]);
    editor.markHistoryStoppingPoint('moving');
    editor.updateShape({ id: kept, type: 'geo', x: 100 });
    editor.undo();
    editor.select(kept, gone);
    expect(editor.getCanRedo()).toBe(true);

    editor.store.mergeRemoteChanges(() => editor.store.remove([gone]));

    expect(editor.getSelectedShapeIds()).toEqual([kept]);
    expect(editor.getCanRedo()).toBe(true);
    editor.redo();
    expect(editor.getShape(kept)!.x).toBe(100);
  });
});
