import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Board } from '../../../../shared/schemas/board';
import type { Region } from '../../../../shared/schemas/region';
import type { Role } from '../../../../shared/schemas/role';
import { ElementPlace, detachedElement } from '../../components/workspace/element-place';
import type { WorkspaceSlotName } from '../../components/workspace/workspace-slots';
import { BoardKindLabel } from '../../features/boards/components/board-kind-label';
import { GuestNameControl } from '../../features/sharing/components/guest-name-control';
import { ShareBoardButton } from '../../features/sharing/components/share-board-button';
import { FacilitatorGuideButton } from '../../features/templates/components/facilitator-guide-button';
import { SaveAsTemplateButton } from '../../features/templates/components/save-as-template-button';
import { canContribute, canManageBoard } from '../../lib/permissions';
import type { AuthState } from '../../lib/use-auth';
import { useMediaQuery } from '../../lib/use-media-query';
import { LanguageSwitcher } from '../layout/language-switcher';
import { LogoutButton } from '../layout/logout-button';
import { BoardMenu } from './board-menu';
import { BoardTitle } from './board-title';

/** The bar's places the editor fills, one element each. */
export type BarSlots = Record<WorkspaceSlotName, HTMLElement>;

/**
 * The bar's slots, made with the board page so the editor fills them in the page's first render
 * (as elements handed over by refs they came three renders later, after the bar had mounted).
 */
export function createBarSlots(): BarSlots {
  return {
    status: detachedElement('board-bar__slot board-bar__status'),
    presence: detachedElement('board-bar__slot board-bar__presence'),
    present: detachedElement('board-bar__slot'),
    actions: detachedElement('board-menu__items'),
  };
}

interface BoardBarProps {
  board: Board;
  role: Role | null;
  region: Region | null;
  /** Whether the person is a member of the board's region (then there is a way back to it). */
  membership: boolean;
  auth: AuthState | undefined;
  /** Where the editor's parts go (connection, people, presenting, its menu items): made by `createBarSlots`. */
  slots: BarSlots;
  guideOpen: boolean;
  onGuide: () => void;
}

/**
 * A window where «Presenter» has no room in the bar beside the connection state and the menu (a
 * phone, or a browser zoomed to 400 %): it is first in the board's menu there. Kept with the
 * bar's two-row layout in workspace.css.
 */
const presentInMenu = '(max-width: 30rem)';

/**
 * The workspace's one slim bar: back to the region, the title (renamable in place), the editor's
 * connection state and who is here, presenting, and the board's one menu. On a narrow window it
 * takes two rows (workspace.css), and «Presenter» goes into the menu.
 */
export function BoardBar({ board, role, region, membership, auth, slots, guideOpen, onGuide }: BoardBarProps) {
  const { t } = useTranslation();
  const guest = auth?.user ? null : (auth?.guest ?? null);
  const editable = !board.archivedAt;
  const narrow = useMediaQuery(presentInMenu);

  return (
    <header className="board-bar" aria-label={t('workspace.bar')}>
      {membership ? (
        <nav className="board-bar__nav" aria-label={t('nav.main')}>
          <Link className="board-bar__back" to={`/samarbeid/${board.regionId}`}>
            <span aria-hidden="true">← </span>
            {region ? t('board.page.back', { region: region.name }) : t('archive.back')}
          </Link>
        </nav>
      ) : null}
      <BoardTitle board={board} canRename={editable && canContribute(role)} />
      <BoardKindLabel kind={board.kind} />
      <ElementPlace element={slots.status} />
      <ElementPlace element={slots.presence} />
      {guest ? <GuestNameControl name={guest.name} /> : null}
      <div className="board-bar__end">
        {narrow ? null : <ElementPlace element={slots.present} />}
        <BoardMenu
          editorItems={slots.actions}
          account={
            auth?.user ? (
              <>
                <p className="board-menu__signed-in">{t('workspace.menu.signed-in', { name: auth.user.displayName })}</p>
                <LogoutButton />
              </>
            ) : null
          }
        >
          {narrow ? <ElementPlace element={slots.present} /> : null}
          {board.templateId ? <FacilitatorGuideButton templateId={board.templateId} open={guideOpen} onToggle={onGuide} /> : null}
          {canContribute(role) ? <SaveAsTemplateButton board={board} /> : null}
          {editable && canManageBoard(role, board, auth?.user?.id) ? <ShareBoardButton board={board} /> : null}
          <LanguageSwitcher />
        </BoardMenu>
      </div>
    </header>
  );
}
