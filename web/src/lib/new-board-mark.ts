import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Board } from '../../../shared/schemas/board';

/** Opens a board just made, marked as new so its page says what it is called and offers to rename it. */
export function useOpenNewBoard(): (board: Pick<Board, 'id'>) => void {
  const navigate = useNavigate();
  return useCallback((board) => void navigate(`/tavler/${board.id}`, { state: { newBoard: true } }), [navigate]);
}

/**
 * Whether this visit is the one right after the board was made (the page that made it says so).
 * The mark is taken out of the history entry at once, so reloading the page or coming back to it
 * does not say again that the board is new.
 */
export function useIsNewBoard(): boolean {
  const { pathname, search, hash, state } = useLocation() as { pathname: string; search: string; hash: string; state: { newBoard?: boolean } | null };
  const navigate = useNavigate();
  // The board that was marked, kept after the mark is gone; another board's page is not new by it.
  const [markedPath, setMarkedPath] = useState<string | null>(null);
  if (state?.newBoard === true && markedPath !== pathname) setMarkedPath(pathname);
  useEffect(() => {
    if (state?.newBoard !== true) return;
    const { newBoard: _taken, ...rest } = state;
    void navigate({ pathname, search, hash }, { replace: true, state: Object.keys(rest).length ? rest : null });
  }, [state, pathname, search, hash, navigate]);
  return markedPath === pathname;
}
