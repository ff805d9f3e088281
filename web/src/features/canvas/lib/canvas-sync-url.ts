/** The address of a canvas board's sync socket on this host (tldraw adds its session id). */
export function canvasSyncUrl(boardId: string): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/api/boards/${boardId}/canvas/sync`;
}
