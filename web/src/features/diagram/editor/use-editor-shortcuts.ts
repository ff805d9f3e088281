import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { DiagramView } from '../model/diagram-kinds';
import type { EditorCommands } from '../components/editor-commands';
import { emptySelection, type Selection } from '../model/selection';

interface EditorShortcutInputs {
  /** The editor element: shortcuts apply to keys pressed inside it. */
  root: RefObject<HTMLDivElement | null>;
  commands: EditorCommands;
  view: DiagramView;
  selection: Selection;
  setSelection: Dispatch<SetStateAction<Selection>>;
}

/** The editor's keyboard shortcuts (undo, redo, copy, cut, paste, duplicate, select all, group, show all, Escape). */
export function useEditorShortcuts({ root, commands, view, selection, setSelection }: EditorShortcutInputs) {
  const onKeyDown = (event: globalThis.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Shortcuts work inside the editor, and on the page body (where focus lands when a focused node is deleted).
    if (target !== document.body && !root.current?.contains(target)) return;
    if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (mod && key === 'z' && !event.shiftKey) return run(commands.undo);
    if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) return run(commands.redo);
    if (view !== 'diagram') return;
    // By the key's place: Shift+1 types different characters on different keyboards.
    if (event.shiftKey && !mod && event.code === 'Digit1') return run(commands.showAll);
    if (mod && key === 'c') return run(commands.copy);
    if (mod && key === 'x') {
      return run(() => {
        commands.copy();
        commands.deleteSelection();
      });
    }
    if (mod && key === 'v') return run(commands.paste);
    if (mod && key === 'd') return run(commands.duplicate);
    if (mod && key === 'a') return run(commands.selectAll);
    if (mod && key === 'g') return run(commands.group);
    if (key === 'escape' && (selection.nodes.size > 0 || selection.edges.size > 0)) return run(() => setSelection(emptySelection));
  };

  // One listener for the editor's life that always calls this render's handler (no re-subscribing each render).
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => keyHandler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
