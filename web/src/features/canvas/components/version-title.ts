import type { TFunction } from 'i18next';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';

/** What a version is called in the history list. */
export function versionTitle(version: CanvasVersion, t: TFunction): string {
  const name = version.name ?? '';
  switch (version.kind) {
    case 'checkpoint':
      return t('canvas.history.kind.checkpoint');
    case 'named':
      return t('canvas.history.kind.named', { name });
    case 'before-restore':
      return t('canvas.history.kind.before-restore');
    case 'restored':
      return t('canvas.history.kind.restored', { name });
    case 'before-import':
      return t('canvas.history.kind.before-import');
    case 'imported':
      return name ? t('canvas.history.kind.imported', { name }) : t('canvas.history.kind.imported-unnamed');
  }
}

/**
 * The heading of a version's preview: its name when it has one (the date then goes in the text
 * under it), else its date.
 */
export function versionHeading(version: CanvasVersion, time: string, t: TFunction): string {
  return version.name ? versionTitle(version, t) : t('canvas.preview.heading', { time });
}
