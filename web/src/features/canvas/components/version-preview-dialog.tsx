import { useTranslation } from 'react-i18next';
import { Tldraw, type TLStoreSnapshot } from 'tldraw';
import { formatDateTime } from '../../../../../shared/i18n/format-time';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/loading-state';
import { useLanguage } from '../../../lib/language-provider';
import { useCanvasVersion } from '../api/use-canvas-versions';
import { tldrawAssetUrls } from '../lib/tldraw-asset-urls';
import { versionHeading } from './version-title';

/** Made once: tldraw recreates its editor when its props change. */
const noEmbeds: [] = [];

interface VersionPreviewDialogProps {
  boardId: string;
  version: CanvasVersion | null;
  licenseKey: string | null;
  canRestore: boolean;
  onRestore: (version: CanvasVersion) => void;
  onClose: () => void;
}

/** A version shown read-only in its own tldraw, apart from the live board. */
export function VersionPreviewDialog({ boardId, version, licenseKey, canRestore, onRestore, onClose }: VersionPreviewDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const content = useCanvasVersion(boardId, version?.id ?? null);
  const time = version ? formatDateTime(new Date(version.createdAt), language) : '';
  return (
    <Dialog
      open={version !== null}
      onClose={onClose}
      title={version ? versionHeading(version, time, t) : ''}
      description={version?.name ? t('canvas.preview.note-dated', { time }) : t('canvas.preview.note')}
      // Its first controls are tldraw's, once the version has loaded, and the buttons far below.
      initialFocus="title"
    >
      <div className="canvas-preview" data-testid="canvas-preview">
        {content.data ? (
          <Tldraw
            snapshot={content.data.snapshot as unknown as TLStoreSnapshot}
            licenseKey={licenseKey ?? undefined}
            assetUrls={tldrawAssetUrls}
            locale="no"
            embeds={noEmbeds}
            // The dialog's title has focus; the preview is looked at, rarely worked in.
            autoFocus={false}
            onMount={(editor) => {
              if (editor.user.getLocale() !== 'no') editor.user.updateUserPreferences({ locale: 'no' });
              editor.updateInstanceState({ isReadonly: true });
              editor.zoomToFit({ animation: { duration: 0 } });
            }}
          />
        ) : (
          <LoadingState text={t('canvas.preview.loading')} />
        )}
      </div>
      <div className="form-actions">
        {canRestore && version ? (
          <Button
            variant="primary"
            onClick={() => {
              onRestore(version);
              onClose();
            }}
          >
            {t('canvas.preview.restore')}
          </Button>
        ) : null}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </div>
    </Dialog>
  );
}
