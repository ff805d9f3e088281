import { Hono, type Context } from 'hono';
import * as Y from 'yjs';
import { actorsToCsv, parseActorCsv, type ActorCsvProblem } from '../../../shared/diagram/actor-csv';
import { boardLanguageOf } from '../../queries/language-of';
import { describeCsvProblem } from '../../../shared/diagram/describe-csv-problem';
import { diagramDocumentSchema, type DiagramNode } from '../../../shared/diagram/diagram-document';
import { readDiagram, replaceDiagram, upsertNodes } from '../../../shared/diagram/diagram-ydoc';
import { newDiagramId } from '../../../shared/diagram/new-id';
import { fileNameFor } from '../../../shared/files/file-name';
import { placeNewNode } from '../../../shared/diagram/place-node';
import { nb } from '../../../shared/i18n/index';
import { importDiagramSchema, saveDiagramVersionSchema } from '../../../shared/schemas/diagram';
import { actorOf } from '../../auth/principal';
import type { AppEnv } from '../../app-env';
import { attachmentHeader } from '../../lib/attachment-header';
import { ApiError, notFound, type FieldProblem } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeBoard, type BoardPermission } from '../../policies/authorize-board';
import { presentDiagramVersion } from '../../presenters/present-diagram-version';

/** Most problems listed for one refused file (the rest are summarised). */
const maxProblems = 100;

async function diagramBoard(c: Context<AppEnv>, permission: BoardPermission) {
  const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId') ?? '', permission);
  if (board.kind !== 'diagram') throw new ApiError(409, 'board_kind_mismatch', 'Tavla er ikke et diagram.');
  if (permission !== 'read' && board.archivedAt) throw new ApiError(409, 'conflict', 'Tavla er arkivert. Hent den tilbake for å endre den.');
  return board;
}

function authorOf(c: Context<AppEnv>) {
  const actor = actorOf(c.var.principal);
  return { id: actor?.id ?? null, name: actor?.name ?? null };
}

function importRefused(fields: FieldProblem[]): ApiError {
  const shown = fields.slice(0, maxProblems);
  if (fields.length > maxProblems) shown.push({ path: '(fil)', message: `… og ${fields.length - maxProblems} problemer til.` });
  return new ApiError(400, 'diagram_import_invalid', 'Filen kunne ikke importeres. Ingenting er endret.', shown);
}

const csvProblemField = (problem: ActorCsvProblem): FieldProblem => ({
  path: problem.line ? `linje ${problem.line}${problem.column ? `.${problem.column}` : ''}` : '(fil)',
  message: describeCsvProblem(problem, nb.diagram.import.csv),
});

/**
 * `/api/boards/:boardId/diagram/*`: the content a board page first draws, export and import (JSON
 * format and actor CSV) and the version history of a diagram board. Changes go through the board's
 * room, so everyone connected sees them at once and they are logged like any other change.
 */
export const diagramRoutes = new Hono<AppEnv>()
  // What a board page draws while its socket session starts (the editor goes live right after).
  .get('/:boardId/diagram/content', async (c) => {
    const board = await diagramBoard(c, 'read');
    const content = await c.var.services.diagramRooms.withRoom(board.id, (room) => room.content());
    c.header('Cache-Control', 'private, no-store');
    return c.json(content);
  })
  .get('/:boardId/diagram/export.json', async (c) => {
    const board = await diagramBoard(c, 'read');
    const document = await c.var.services.diagramRooms.withRoom(board.id, (room) =>
      readDiagram(room.doc, { title: board.title, exportedAt: new Date().toISOString() }),
    );
    c.header('Content-Disposition', attachmentHeader(fileNameFor(board.title, 'planrom.json', 'diagram')));
    return c.json(document);
  })
  .get('/:boardId/diagram/export.csv', async (c) => {
    const board = await diagramBoard(c, 'read');
    const language = (await boardLanguageOf(c.var.db, board.id)) ?? 'nb';
    const csv = await c.var.services.diagramRooms.withRoom(board.id, (room) => actorsToCsv(readDiagram(room.doc).nodes, language));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', attachmentHeader(fileNameFor(`${board.title} aktører`, 'csv', 'diagram')));
    return c.body(csv);
  })
  .post('/:boardId/diagram/import', validate('json', importDiagramSchema), async (c) => {
    const board = await diagramBoard(c, 'write');
    const input = c.req.valid('json');
    const author = authorOf(c);
    if (input.format === 'json') {
      const parsed = diagramDocumentSchema.safeParse(input.document);
      if (!parsed.success) {
        throw importRefused(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(fil)', message: issue.message })));
      }
      const document = parsed.data;
      // The state before is kept in history (built by a worker up to the last update before the import).
      await c.var.services.diagramRooms.withRoom(board.id, (room) => {
        const kept = room.compact('before-import', null, author.name ?? undefined);
        room.change(author, (doc, origin) => replaceDiagram(doc, document, origin));
        return kept;
      });
      return c.json({ imported: { nodes: document.nodes.length, edges: document.edges.length, variants: document.variants.length } });
    }
    const parsed = parseActorCsv(input.text);
    if (!parsed.ok) throw importRefused(parsed.problems.map(csvProblemField));
    const result = await c.var.services.diagramRooms.withRoom(board.id, (room) => {
      const existing = readDiagram(room.doc).nodes;
      const byId = new Map(existing.map((node) => [node.id, node]));
      const taken = parsed.rows.filter((row) => row.id && byId.has(row.id) && byId.get(row.id)!.type !== 'aktor');
      if (taken.length > 0) {
        throw importRefused(taken.map((row) => csvProblemField({ code: 'id-taken', line: row.line, column: 'id', value: row.id! })));
      }
      const placed = [...existing];
      const nodes: DiagramNode[] = parsed.rows.map((row) => {
        const known = row.id ? byId.get(row.id) : undefined;
        if (known) return { ...known, data: row.data } as DiagramNode;
        const node: DiagramNode = {
          id: row.id ?? newDiagramId(),
          type: 'aktor',
          position: placeNewNode(placed, { type: 'aktor', category: row.data.category }),
          data: row.data,
        };
        placed.push(node);
        return node;
      });
      room.change(author, (doc, origin) => upsertNodes(doc, nodes, origin));
      const updated = nodes.filter((node) => byId.has(node.id)).length;
      return { added: nodes.length - updated, updated };
    });
    return c.json({ imported: result });
  })
  .get('/:boardId/diagram/versions', async (c) => {
    const board = await diagramBoard(c, 'read');
    const storage = c.var.services.diagramRooms.storage;
    return c.json({ versions: storage.listVersions(board.id).map(presentDiagramVersion) });
  })
  .post('/:boardId/diagram/versions', validate('json', saveDiagramVersionSchema), async (c) => {
    const board = await diagramBoard(c, 'write');
    const { label } = c.req.valid('json');
    const author = authorOf(c);
    const id = await c.var.services.diagramRooms.withRoom(board.id, (room) => room.compact('manual', label || null, author.name ?? undefined));
    if (!id) throw new ApiError(503, 'unavailable', 'Versjonen kunne ikke lagres akkurat nå.');
    const version = c.var.services.diagramRooms.storage.listVersions(board.id).find((v) => v.id === id);
    return c.json({ version: version ? presentDiagramVersion(version) : null }, 201);
  })
  .get('/:boardId/diagram/versions/:versionId', async (c) => {
    const board = await diagramBoard(c, 'read');
    const state = c.var.services.diagramRooms.storage.versionState(board.id, c.req.param('versionId'));
    if (!state) throw notFound('Fant ikke versjonen.');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const document = readDiagram(doc, { title: board.title });
    doc.destroy();
    return c.json({ document });
  })
  .post('/:boardId/diagram/versions/:versionId/restore', async (c) => {
    const board = await diagramBoard(c, 'write');
    const rooms = c.var.services.diagramRooms;
    const state = rooms.storage.versionState(board.id, c.req.param('versionId'));
    if (!state) throw notFound('Fant ikke versjonen.');
    const old = new Y.Doc();
    Y.applyUpdate(old, state);
    const document = readDiagram(old);
    old.destroy();
    const author = authorOf(c);
    const keptBefore = await rooms.withRoom(board.id, (room) => {
      const kept = room.compact('before-restore', null, author.name ?? undefined);
      room.change(author, (doc, origin) => replaceDiagram(doc, document, origin));
      return kept;
    });
    // The version holding what the restore replaced: restoring it undoes the restore.
    return c.json({ restored: true, keptBefore });
  });
