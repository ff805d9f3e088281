import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ElementPlace } from '../../components/workspace/element-place';

interface BoardMenuProps {
  /** The page's own items (share, save as template, facilitator guide, language). */
  children: ReactNode;
  /** The element the editor fills with its items (history, save version, export, import). */
  editorItems: HTMLElement;
  /** Who is signed in and "Logg ut", last in the menu (nothing for guests). */
  account?: ReactNode;
}

/**
 * The board's one menu of actions. It is a disclosure: a button that shows a list of ordinary
 * buttons. Closed, the list stays in the page but hidden (so the dialogs its items own can still
 * open from it); Esc or a click elsewhere closes it, and focus comes back to the menu button when
 * an item's dialog closes.
 */
export function BoardMenu({ children, editorItems, account }: BoardMenuProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  // Listened to on the element itself (not through React): the editor's items are portalled in,
  // and React sends their events up the editor's tree, not the menu's.
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    // An item used closes the menu; the language buttons and sub-menus keep it open.
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('button') && !target.closest('.language-switcher, details > summary, [data-keep-menu], dialog')) setOpen(false);
    };
    // A dialog opened from an item: when it closes, the keyboard goes back to the menu button
    // (the item itself is hidden by then).
    const onClose = () => requestAnimationFrame(() => trigger.current?.focus());
    element.addEventListener('click', onClick);
    element.addEventListener('close', onClose, true);
    return () => {
      element.removeEventListener('click', onClick);
      element.removeEventListener('close', onClose, true);
    };
  }, []);

  return (
    <div className="board-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="button button--secondary board-menu__trigger"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((value) => !value)}
      >
        {t('workspace.menu.open')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        role="group"
        aria-label={t('workspace.menu.label')}
        className={open ? 'board-menu__panel board-menu__panel--open' : 'board-menu__panel'}
      >
        <ElementPlace element={editorItems} />
        <div className="board-menu__items">{children}</div>
        {account ? <div className="board-menu__items board-menu__account">{account}</div> : null}
      </div>
    </div>
  );
}
