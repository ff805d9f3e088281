import { describe, expect, it } from 'vitest';
import type { Editor, TLShape, TLUiActionsContextType, TLUiOverrideHelpers } from 'tldraw';
import type { Spoken } from './spoken';
import { spokenActions } from './spoken-actions';

/** An editor with these shapes selected, that tldraw's delete removes, and this much to undo and redo. */
function board(selected: Array<{ id: string; type: string }>, history = { undo: true, redo: true }) {
  const shapes = new Map(selected.map((shape) => [shape.id, shape]));
  const editor = {
    getSelectedShapes: () => selected as TLShape[],
    getShape: (id: string) => shapes.get(id),
    getCanUndo: () => history.undo,
    getCanRedo: () => history.redo,
  } as unknown as Editor;
  const used: string[] = [];
  const actions = Object.fromEntries(
    ['delete', 'undo', 'redo', 'copy'].map((id) => [
      id,
      { id, label: `action.${id}`, onSelect: () => void (used.push(id), id === 'delete' && shapes.clear()) },
    ]),
  ) as unknown as TLUiActionsContextType;
  const said: Spoken[] = [];
  const spoken = spokenActions((words) => said.push(words)).actions!(editor, actions, {} as TLUiOverrideHelpers);
  return { spoken, said, used };
}

describe('spokenActions', () => {
  it('says how many notes, frames or figures Delete removed, after tldraw removed them', () => {
    const notes = board([
      { id: 'shape:a', type: 'note' },
      { id: 'shape:b', type: 'note' },
    ]);
    void notes.spoken.delete!.onSelect('kbd');
    expect(notes.used).toEqual(['delete']);
    expect(notes.said).toEqual([{ said: 'deleted-notes', count: 2 }]);

    const frame = board([{ id: 'shape:f', type: 'frame' }]);
    void frame.spoken.delete!.onSelect('menu');
    expect(frame.said).toEqual([{ said: 'deleted-frames', count: 1 }]);

    const mixed = board([
      { id: 'shape:a', type: 'note' },
      { id: 'shape:g', type: 'geo' },
    ]);
    void mixed.spoken.delete!.onSelect('kbd');
    expect(mixed.said).toEqual([{ said: 'deleted-shapes', count: 2 }]);
  });

  it('says nothing when Delete removed nothing', () => {
    const nothing = board([]);
    void nothing.spoken.delete!.onSelect('kbd');
    expect(nothing.said).toEqual([]);
  });

  it('says Undo and Redo were done, or that there was nothing to do', () => {
    const some = board([], { undo: true, redo: true });
    void some.spoken.undo!.onSelect('kbd');
    void some.spoken.redo!.onSelect('kbd');
    expect(some.used).toEqual(['undo', 'redo']);
    expect(some.said).toEqual([{ said: 'undone' }, { said: 'redone' }]);

    const none = board([], { undo: false, redo: false });
    void none.spoken.undo!.onSelect('kbd');
    void none.spoken.redo!.onSelect('kbd');
    expect(none.said).toEqual([{ said: 'nothing-to-undo' }, { said: 'nothing-to-redo' }]);
  });

  it('leaves the other actions as tldraw made them', () => {
    const { spoken, said } = board([{ id: 'shape:a', type: 'note' }]);
    void spoken.copy!.onSelect('kbd');
    expect(said).toEqual([]);
  });
});
