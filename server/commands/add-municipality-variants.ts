import { and, eq, isNull } from 'drizzle-orm';
import { diagramMaps, readVariant, variantToY } from '../../shared/diagram/diagram-ydoc';
import { missingMunicipalityVariants } from '../../shared/diagram/municipality-variants';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';
import type { DiagramRooms } from '../sync/diagram/diagram-rooms';
import type { Author } from '../sync/diagram/diagram-storage';

/**
 * A new member municipality gets its own variant in every diagram of the region that has municipal
 * variants (the plan process with its common practice), so nobody has to make it by hand and
 * "Start fra felles praksis" is one click away (the same variant the editor adds when a board opens).
 * @returns how many boards got a variant
 */
export async function addMunicipalityVariants(
  db: Database,
  diagramRooms: DiagramRooms,
  regionId: string,
  municipality: { id: string; name: string },
  author: Author,
): Promise<number> {
  const diagrams = await db
    .select({ id: boards.id })
    .from(boards)
    .where(and(eq(boards.regionId, regionId), eq(boards.kind, 'diagram'), isNull(boards.archivedAt)));
  let added = 0;
  for (const board of diagrams) {
    const changed = await diagramRooms.withRoom(board.id, (room) => {
      const { variants } = diagramMaps(room.doc);
      const known = [...variants.entries()].flatMap(([id, map]) => readVariant(id, map) ?? []);
      if (!known.some((variant) => variant.isCommon)) return false;
      const missing = missingMunicipalityVariants(known, [municipality]);
      if (missing.length === 0) return false;
      room.change(author, (doc, origin) =>
        doc.transact(() => {
          for (const variant of missing) diagramMaps(doc).variants.set(variant.id, variantToY(variant));
        }, origin),
      );
      return true;
    });
    if (changed) added += 1;
  }
  return added;
}
