import { diagramFormat, diagramFormatVersion, type DiagramDocumentInput } from '../../shared/diagram/diagram-document';
import type { ApiClient } from '../../server/test/api-client';
import { generateProcess } from './generate-process';

/** The generated plan process of `size` steps (./generate-process.ts) as a diagram file to import. */
export function processDocument(size: number) {
  const { nodes, edges } = generateProcess(size);
  return { format: diagramFormat, version: diagramFormatVersion, diagramType: 'planprosess', nodes, edges } satisfies DiagramDocumentInput;
}

/** Makes a diagram board of `size` nodes through the import route (the generated process unless `document` is given); returns its id. */
export async function importDiagram(
  api: ApiClient,
  origin: string,
  regionId: string,
  size: number,
  document: DiagramDocumentInput = processDocument(size),
): Promise<string> {
  const board = await api.post(`/api/regions/${regionId}/boards`, { title: `Planprosess ${size}`, kind: 'diagram' });
  const boardId = board.body.board.id as string;
  const imported = await api.request(`/api/boards/${boardId}/diagram/import`, { method: 'POST', headers: { origin }, json: { format: 'json', document } });
  if (imported.status !== 200) throw new Error(`import of ${size} nodes failed: ${JSON.stringify(imported.body).slice(0, 500)}`);
  return boardId;
}
