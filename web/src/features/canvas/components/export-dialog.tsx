import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor } from '../../../../../shared/files/file-name';
import type { Editor } from 'tldraw';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FormError } from '../../../components/ui/form-error';
import { RadioGroup } from '../../../components/ui/radio-group';
import { useToast } from '../../../components/ui/toast-provider';
import { request } from '../../../lib/api-client';
import { ApiRequestError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { tldrExportPath } from '../api/canvas-api';
import { downloadFile } from '../../../lib/download-file';
import { exportFramesAsPdf, exportImage, exportShapeIds, framesInOrder } from '../lib/export-canvas';
// The handout follows the presentation's slide order and title page, from the presentation feature.
import { canvasSlideIds } from '../../../lib/slides/canvas-slides';
import { useHandoutTitlePage } from '../../../lib/handout/use-handout-title-page';

type Format = 'tldr' | 'png' | 'svg' | 'pdf' | 'handout';
type Scope = 'board' | 'selection';

interface ExportDialogProps {
  editor: Editor;
  boardId: string;
  title: string;
  regionId: string;
  open: boolean;
  onClose: () => void;
}

/** Export as .tldr, PNG or SVG (whole board or the selection), PDF with one page per frame, or the handout (title page, then frames in slide order). */
export function ExportDialog({ editor, boardId, title, regionId, open, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('canvas.export.heading')}>
      <ExportForm editor={editor} boardId={boardId} title={title} regionId={regionId} onDone={onClose} />
    </Dialog>
  );
}

class ExportProblem extends Error {}

function ExportForm({ editor, boardId, title, regionId, onDone }: Omit<ExportDialogProps, 'open' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const handoutTitlePage = useHandoutTitlePage({ title, regionId });
  const toast = useToast();
  const errorText = useErrorText();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = editor.getSelectedShapeIds().length;

  async function run(format: Format, scope: Scope): Promise<string> {
    if (format === 'tldr') {
      const response = await request(() => fetch(tldrExportPath(boardId), { credentials: 'same-origin' }).then(asJsonResponse));
      const name = fileNameFor(title, 'tldr');
      downloadFile(new Blob([JSON.stringify(response)], { type: 'application/vnd.tldraw+json' }), name);
      return name;
    }
    if (format === 'handout') {
      const frames = canvasSlideIds(editor);
      if (frames.length === 0) throw new ExportProblem(t('canvas.export.no-frames'));
      // Not the same name as the archive's PDF of the same board, which people download too.
      const name = fileNameFor(t('presentation.handout.file-name', { title }), 'pdf');
      downloadFile(await exportFramesAsPdf(editor, title, { frames, titlePage: handoutTitlePage(frames.length) }), name);
      return name;
    }
    if (format === 'pdf') {
      if (framesInOrder(editor).length === 0) throw new ExportProblem(t('canvas.export.no-frames'));
      const name = fileNameFor(title, 'pdf');
      downloadFile(await exportFramesAsPdf(editor, title), name);
      return name;
    }
    const ids = exportShapeIds(editor, scope);
    if (ids.length === 0) throw new ExportProblem(t('canvas.export.empty'));
    const name = fileNameFor(title, format);
    downloadFile(await exportImage(editor, ids, format), name);
    return name;
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (working) return;
        const values = new FormData(event.currentTarget);
        const format = (values.get('format') ?? 'tldr') as Format;
        const scope = (values.get('scope') ?? 'board') as Scope;
        setError(null);
        setWorking(true);
        run(format, scope)
          .then((file) => {
            toast.show({ message: t('canvas.export.done', { file }) });
            onDone();
          })
          .catch((failure: unknown) => {
            setError(failure instanceof ExportProblem ? failure.message : failure instanceof ApiRequestError ? errorText(failure) : t('canvas.export.failed'));
          })
          .finally(() => setWorking(false));
      }}
    >
      <RadioGroup<Format>
        legend={t('canvas.export.format')}
        name="format"
        defaultValue="tldr"
        options={[
          { value: 'tldr', label: t('canvas.export.tldr') },
          { value: 'png', label: t('canvas.export.png') },
          { value: 'svg', label: t('canvas.export.svg') },
          { value: 'pdf', label: t('canvas.export.pdf'), hint: t('canvas.export.pdf-whole-board') },
          { value: 'handout', label: t('presentation.handout.option'), hint: t('presentation.handout.hint-canvas') },
        ]}
      />
      {selected > 0 ? (
        <RadioGroup<Scope>
          legend={t('canvas.export.scope')}
          name="scope"
          defaultValue="board"
          options={[
            { value: 'board', label: t('canvas.export.board') },
            { value: 'selection', label: t('canvas.export.selection', { count: selected }) },
          ]}
        />
      ) : null}
      <FormError message={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={working}>
          {working ? t('canvas.export.working') : t('canvas.export.submit')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

/** A fetch Response as the `request()` helper expects it. */
function asJsonResponse(response: Response) {
  return response as unknown as { ok: boolean; status: number; json(): Promise<unknown> };
}
