import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramDocumentSchema, type DiagramDocument } from '../../../../../shared/diagram/diagram-document';
import { diagramLimits } from '../../../../../shared/diagram/vocabulary';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { api } from '../../../lib/api-client';
import { apiErrorSchema } from '../../../../../shared/schemas/api-error';
import { contentCounts } from '../model/content-counts';

type Pending =
  | { kind: 'json'; fileName: string; document: DiagramDocument }
  | { kind: 'csv'; fileName: string; text: string; rows: number }
  | { kind: 'problems'; fileName: string; problems: string[] };

/**
 * Imports a diagram file (Planrom's JSON format, which replaces the diagram) or an actor CSV (adds
 * and updates actors). The file is checked here first, so every problem is listed in the reader's
 * language; the server checks it again and changes nothing unless all of it is right.
 */
export function ImportButton({ board, announce }: { board: Board; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File) => {
    if (file.size > diagramLimits.importBytes) {
      setPending({
        kind: 'problems',
        fileName: file.name,
        problems: [t('diagram.import.too-large', { max: String(diagramLimits.importBytes / 1024 / 1024) })],
      });
      return;
    }
    const text = await file.text();
    const looksJson = /\.json$/i.test(file.name) || text.trimStart().startsWith('{');
    if (looksJson) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        setPending({ kind: 'problems', fileName: file.name, problems: [t('diagram.import.not-json')] });
        return;
      }
      const parsed = diagramDocumentSchema.safeParse(value);
      if (!parsed.success) {
        setPending({
          kind: 'problems',
          fileName: file.name,
          problems: parsed.error.issues
            .slice(0, 100)
            .map((issue) => t('diagram.import.problem', { path: issue.path.join('.') || '–', message: issue.message })),
        });
        return;
      }
      setPending({ kind: 'json', fileName: file.name, document: parsed.data });
      return;
    }
    // The CSV reader (Papa Parse) loads with the first CSV file, not with every diagram board.
    const { parseActorCsv } = await import('../../../../../shared/diagram/actor-csv');
    const parsed = parseActorCsv(text);
    if (!parsed.ok) {
      setPending({
        kind: 'problems',
        fileName: file.name,
        problems: parsed.problems.map((problem) =>
          t(`diagram.import.csv.${problem.code}`, { line: String(problem.line ?? ''), column: String(problem.column ?? ''), value: problem.value ?? '' }),
        ),
      });
      return;
    }
    setPending({ kind: 'csv', fileName: file.name, text, rows: parsed.rows.length });
  };

  const confirm = async () => {
    if (!pending || pending.kind === 'problems') return;
    setBusy(true);
    try {
      const response = await api.boards[':boardId'].diagram.import.$post({
        param: { boardId: board.id },
        json: pending.kind === 'json' ? { format: 'json', document: pending.document } : { format: 'csv', text: pending.text },
      });
      if (!response.ok) {
        const body = apiErrorSchema.safeParse(await response.json().catch(() => null));
        const problems = body.success ? (body.data.error.fields?.map((field) => field.message) ?? [body.data.error.message]) : [t('errors.unknown')];
        setPending({ kind: 'problems', fileName: pending.fileName, problems });
        return;
      }
      setPending(null);
      announce(pending.kind === 'json' ? t('diagram.import.done-json') : t('diagram.import.done-csv', { count: pending.rows }));
    } catch {
      setPending({ kind: 'problems', fileName: pending.fileName, problems: [t('errors.network')] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        className="visually-hidden diagram-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readFile(file);
        }}
      />
      <label htmlFor={inputId} className="button button--secondary diagram-import-label">
        {t('diagram.import.button')}
      </label>
      <Dialog
        open={pending !== null}
        title={
          pending?.kind === 'problems'
            ? t('diagram.import.problems-title', { file: pending.fileName })
            : t('diagram.import.confirm-title', { file: pending?.fileName ?? '' })
        }
        onClose={() => setPending(null)}
      >
        {pending?.kind === 'problems' ? (
          <>
            <p>{t('diagram.import.problems-intro')}</p>
            <ul className="diagram-problems">
              {pending.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
            <div className="form-actions">
              <Button variant="primary" onClick={() => setPending(null)}>
                {t('common.close')}
              </Button>
            </div>
          </>
        ) : pending ? (
          <>
            <p>
              {pending.kind === 'json'
                ? t('diagram.import.confirm-json', contentCounts(pending.document, t))
                : t('diagram.import.confirm-csv', { count: pending.rows })}
            </p>
            <div className="form-actions">
              <Button variant="primary" onClick={() => void confirm()} aria-disabled={busy || undefined}>
                {busy ? t('diagram.import.running') : t('diagram.import.confirm')}
              </Button>
              <Button onClick={() => setPending(null)}>{t('common.cancel')}</Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
