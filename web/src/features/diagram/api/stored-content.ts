import type { DiagramDocument } from '../../../../../shared/diagram/diagram-document';
import { api, request } from '../../../lib/api-client';

/**
 * The board's content as the server has it now (`GET /api/boards/:id/diagram/content`, usually asked
 * for by the boot script already), which the editor draws while its socket session starts; null
 * when it could not be had: the editor then waits for its socket instead.
 */
export function fetchStoredContent(boardId: string): Promise<DiagramDocument | null> {
  return request(() => api.boards[':boardId'].diagram.content.$get({ param: { boardId } })).then(
    (content) => content as DiagramDocument,
    () => null,
  );
}
