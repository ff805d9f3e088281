import type { Region } from '../../shared/schemas/region';
import type { regions, municipalities } from '../db/schema/index';

type RegionRow = typeof regions.$inferSelect;
type MunicipalityRow = typeof municipalities.$inferSelect;

/** The API's view of a region: no raw rows leave the server. */
export function presentRegion(row: RegionRow, members: MunicipalityRow[], boardCount: number): Region {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    municipalities: [...members]
      .sort((a, b) => a.kommunenummer.localeCompare(b.kommunenummer))
      .map((m) => ({ id: m.id, name: m.name, kommunenummer: m.kommunenummer })),
    boardCount,
  };
}
