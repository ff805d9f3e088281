const storageKey = 'planrom.guest-link';

/**
 * The share link this browser tab opened a board with. When the guest visit ends (the link was
 * revoked, the board archived), the board's address can then go back through the link, which says
 * why it no longer works, instead of offering a log-in to someone who has no account.
 */
export function rememberGuestLink(token: string, boardId: string): void {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify({ token, boardId }));
  } catch {
    // Storage can be blocked; the guest then sees the log-in page instead.
  }
}

/** The share-link token this tab used for a board, if any. */
export function guestLinkFor(boardId: string | undefined): string | null {
  if (!boardId) return null;
  try {
    const saved: unknown = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null');
    if (saved && typeof saved === 'object' && 'token' in saved && 'boardId' in saved) {
      const { token, boardId: savedBoard } = saved as { token: unknown; boardId: unknown };
      if (savedBoard === boardId && typeof token === 'string') return token;
    }
  } catch {
    // Unreadable: as if nothing was saved.
  }
  return null;
}
