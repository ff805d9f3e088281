import { useTranslation } from 'react-i18next';
import {
  DefaultKeyboardShortcutsDialog,
  DefaultKeyboardShortcutsDialogContent,
  TldrawUiMenuGroup,
  TldrawUiMenuItem,
  type TLUiKeyboardShortcutsDialogProps,
} from 'tldraw';

/** Listed, not bound: the keys themselves are handled where they act (lib/keyboard-note.ts and others). */
const doNothing = () => {};

/** tldraw's list of keyboard shortcuts, with the ways Planrom adds to work without a mouse. */
function KeyboardShortcutsDialog(props: TLUiKeyboardShortcutsDialogProps) {
  const { t } = useTranslation();
  return (
    <DefaultKeyboardShortcutsDialog {...props}>
      <DefaultKeyboardShortcutsDialogContent />
      <TldrawUiMenuGroup id="planrom-keyboard" label={t('canvas.keys.heading')}>
        {/* N chooses the note tool, Enter puts the note (keyboard-note.ts). */}
        <TldrawUiMenuItem id="planrom-add-note" label={t('canvas.keys.add-note')} kbd="n[[Enter]]" onSelect={doNothing} />
        {/* Tab in any tool (tab-from-other-tools.ts); Escape in the style panel is tldraw's own. */}
        <TldrawUiMenuItem id="planrom-next-shape" label={t('canvas.keys.next-shape')} kbd="[[Tab]]" onSelect={doNothing} />
        <TldrawUiMenuItem id="planrom-back-to-canvas" label={t('canvas.keys.back-to-canvas')} kbd="[[Esc]]" onSelect={doNothing} />
      </TldrawUiMenuGroup>
    </DefaultKeyboardShortcutsDialog>
  );
}

/** tldraw's parts as the editor draws them for people working on the board (made once: tldraw compares them by identity). */
export const editorComponents = { KeyboardShortcutsDialog };
