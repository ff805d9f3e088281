import type { TLShape, TLUiActionItem, TLUiOverrides } from 'tldraw';
import type { Spoken } from './spoken';

/**
 * tldraw's Delete, Undo and Redo (by key, menu or button alike) tell the person what they did
 * (WCAG 4.1.3); tldraw's own are silent. Only the person's own actions pass through these: what
 * others do reaches the board through the store. Undo takes back only the person's own changes.
 */
export function spokenActions(say: (spoken: Spoken) => void): TLUiOverrides {
  return {
    actions(editor, actions) {
      const next = { ...actions };
      /** `action`, then what `spoken` makes of it (given a way to run it), said. */
      const speaking = (id: string, spoken: (run: () => void) => Spoken | null) => {
        const action: TLUiActionItem | undefined = actions[id];
        if (!action) return;
        next[id] = {
          ...action,
          onSelect: (source) => {
            const said = spoken(() => void action.onSelect(source));
            if (said) say(said);
          },
        };
      };
      speaking('delete', (run) => {
        const selected = editor.getSelectedShapes();
        run();
        // What is gone, not what was selected: tldraw deletes nothing while a shape's text is edited.
        const gone = selected.filter((shape) => !editor.getShape(shape.id));
        return gone.length ? { said: deletedWords(gone), count: gone.length } : null;
      });
      speaking('undo', (run) => {
        const could = editor.getCanUndo();
        run();
        return { said: could ? 'undone' : 'nothing-to-undo' };
      });
      speaking('redo', (run) => {
        const could = editor.getCanRedo();
        run();
        return { said: could ? 'redone' : 'nothing-to-redo' };
      });
      return next;
    },
  };
}

/** Notes and frames are named as such, anything else (or a mix) as figures. */
function deletedWords(shapes: TLShape[]): 'deleted-notes' | 'deleted-frames' | 'deleted-shapes' {
  const [first] = shapes;
  if (!shapes.every((shape) => shape.type === first?.type)) return 'deleted-shapes';
  return first?.type === 'note' ? 'deleted-notes' : first?.type === 'frame' ? 'deleted-frames' : 'deleted-shapes';
}
