import { api, request } from '../../../lib/api-client';
import type { StoredDiagram } from '../model/diagram-store';

/**
 * The board's content as the server has it now, with the live document's version
 * (`GET /api/boards/:id/diagram/content`, usually asked for by the boot script already), which the
 * editor draws while its socket session starts; null when it could not be had: the editor then
 * waits for its socket instead.
 */
export function fetchStoredContent(boardId: string): Promise<StoredDiagram | null> {
  return request(() => api.boards[':boardId'].diagram.content.$get({ param: { boardId } })).then(
    (content): StoredDiagram => content,
    () => null,
  );
}
