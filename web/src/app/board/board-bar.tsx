import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Board } from '../../../../shared/schemas/board';
import type { Region } from '../../../../shared/schemas/region';
import type { Role } from '../../../../shared/schemas/role';
import type { WorkspaceSlots } from '../../components/workspace/workspace-slots';
import { BoardKindLabel } from '../../features/boards/components/board-kind-label';
import { GuestNameControl } from '../../features/sharing/components/guest-name-control';
import { ShareBoardButton } from '../../features/sharing/components/share-board-button';
import { FacilitatorGuideButton } from '../../features/templates/components/facilitator-guide-button';
import { SaveAsTemplateButton } from '../../features/templates/components/save-as-template-button';
import { canContribute, canManageBoard } from '../../lib/permissions';
import type { AuthState } from '../../lib/use-auth';
import { LanguageSwitcher } from '../layout/language-switcher';
import { LogoutButton } from '../layout/logout-button';
import { BoardMenu } from './board-menu';
import { BoardTitle } from './board-title';

interface BoardBarProps {
  board: Board;
  role: Role | null;
  region: Region | null;
  /** Whether the person is a member of the board's region (then there is a way back to it). */
  membership: boolean;
  auth: AuthState | undefined;
  /** Hands the bar's slots to the editor (connection, people, presenting, its menu items). */
  onSlots: (slots: WorkspaceSlots) => void;
  guideOpen: boolean;
  onGuide: () => void;
}

/**
 * The workspace's one slim bar: back to the region, the title (renamable in place), the editor's
 * connection state and who is here, presenting, and the board's one menu.
 */
export function BoardBar({ board, role, region, membership, auth, onSlots, guideOpen, onGuide }: BoardBarProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<HTMLElement | null>(null);
  const [presence, setPresence] = useState<HTMLElement | null>(null);
  const [present, setPresent] = useState<HTMLElement | null>(null);
  const [actions, setActions] = useState<HTMLElement | null>(null);
  useEffect(() => onSlots({ status, presence, present, actions }), [status, presence, present, actions, onSlots]);
  const actionsRef = useCallback((element: HTMLDivElement | null) => setActions(element), []);
  const guest = auth?.user ? null : (auth?.guest ?? null);
  const editable = !board.archivedAt;

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
      <div className="board-bar__slot board-bar__status" ref={setStatus} />
      <div className="board-bar__slot board-bar__presence" ref={setPresence} />
      <div className="board-bar__end">
        {guest ? <GuestNameControl name={guest.name} /> : null}
        <div className="board-bar__slot" ref={setPresent} />
        <BoardMenu
          editorItems={actionsRef}
          account={
            auth?.user ? (
              <>
                <p className="board-menu__signed-in">{t('workspace.menu.signed-in', { name: auth.user.displayName })}</p>
                <LogoutButton />
              </>
            ) : null
          }
        >
          {board.templateId ? <FacilitatorGuideButton templateId={board.templateId} open={guideOpen} onToggle={onGuide} /> : null}
          {canContribute(role) ? <SaveAsTemplateButton board={board} /> : null}
          {editable && canManageBoard(role, board, auth?.user?.id) ? <ShareBoardButton board={board} /> : null}
          <LanguageSwitcher />
        </BoardMenu>
      </div>
    </header>
  );
}
