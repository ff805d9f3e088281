import { ApiError } from '../../lib/errors';
import { canvasAssetPath } from './canvas-asset-path';

/** Why an asset record cannot be stored on a board. */
export type AssetProblem = 'inline-image' | 'foreign-asset';

const dataUrl = /^\s*data:/i;
const webLink = /^https?:\/\//i;
const assetIdPattern = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether `src` is one of this board's own asset addresses (exactly, no tricks after the id). */
export function isOwnAssetUrl(boardId: string, src: string): boolean {
  const prefix = canvasAssetPath(boardId, '');
  return src.startsWith(prefix) && assetIdPattern.test(src.slice(prefix.length));
}

/** A file address an asset makes the browser load: empty, or one of this board's own; data URLs (any case) and other sites are refused. */
function fileProblem(boardId: string, value: unknown): AssetProblem | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return 'foreign-asset';
  if (dataUrl.test(value)) return 'inline-image';
  return isOwnAssetUrl(boardId, value) ? null : 'foreign-asset';
}

/**
 * Why an asset record cannot be stored on a board, or null when it can. Images and videos are
 * served by Planrom only: their `src` must be one of the board's own asset addresses (a data URL,
 * in any letter case, or another site's address would make browsers carry or fetch it). A bookmark
 * keeps its link (http or https only) but its preview image and icon follow the same rule.
 * Any other record is not an asset and has no problem here.
 */
export function assetProblemOf(boardId: string, record: unknown): AssetProblem | null {
  if (!record || typeof record !== 'object' || (record as { typeName?: unknown }).typeName !== 'asset') return null;
  const { type, props } = record as { type?: unknown; props?: Record<string, unknown> };
  const values = props ?? {};
  if (type === 'bookmark') {
    const link = values.src;
    if (link !== null && link !== undefined && link !== '') {
      if (typeof link !== 'string') return 'foreign-asset';
      if (dataUrl.test(link)) return 'inline-image';
      if (!webLink.test(link)) return 'foreign-asset';
    }
    return fileProblem(boardId, values.image) ?? fileProblem(boardId, values.favicon);
  }
  return fileProblem(boardId, values.src);
}

/** The first asset problem among a snapshot's records, with the asset's id, or null. */
export function firstAssetProblem(boardId: string, records: Iterable<unknown>): { id: string; problem: AssetProblem } | null {
  for (const record of records) {
    const problem = assetProblemOf(boardId, record);
    if (problem) return { id: String((record as { id?: unknown }).id), problem };
  }
  return null;
}

/**
 * Refuses content (a version to restore, a template or board to copy) with an asset Planrom does
 * not serve for this board: 400 `foreign_asset` naming the asset and why. Nothing is changed.
 */
export function assertOwnAssets(boardId: string, snapshot: { documents: Array<{ state: unknown }> }): void {
  const found = firstAssetProblem(
    boardId,
    snapshot.documents.map((document) => document.state),
  );
  if (!found) return;
  throw new ApiError(
    400,
    'foreign_asset',
    found.problem === 'inline-image'
      ? `Innholdet har et bilde lagt inn som data-adresse (${found.id}). Bilder må lastes opp til tavla. Ingenting er endret.`
      : `Innholdet har et bilde fra en annen nettadresse enn denne tavla (${found.id}). Ingenting er endret.`,
  );
}
