import type { DiagramVersion } from '../../shared/schemas/diagram';
import type { VersionSummary } from '../sync/diagram/diagram-storage';

/** The API's view of a version in a diagram board's history. */
export function presentDiagramVersion(version: VersionSummary): DiagramVersion {
  return {
    id: version.id,
    reason: version.reason,
    label: version.label,
    authorNames: version.authorNames,
    createdAt: new Date(version.createdAt).toISOString(),
  };
}
