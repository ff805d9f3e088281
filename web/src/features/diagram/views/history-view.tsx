import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../../shared/i18n/format-time';
import type { DiagramDocument } from '../../../../../shared/diagram/diagram-document';
import type { DiagramVersion } from '../../../../../shared/schemas/diagram';
import type { Board } from '../../../../../shared/schemas/board';
import { diagramLimits } from '../../../../../shared/diagram/vocabulary';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { api, request } from '../../../lib/api-client';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { fitOptions, smallestZoom } from '../components/canvas/opening-view';
import { useFlowAriaLabels } from '../components/canvas/use-flow-aria-labels';
import { diagramEdgeTypes, type FlowEdge } from '../components/diagram-edges';
import { diagramNodeTypes, type FlowNode } from '../components/diagram-nodes';
import { contentCounts } from '../model/content-counts';
import { edgeLabel, nodeAccessibleName, nodeTitle } from '../model/labels';
import { nodeTexts } from '../model/node-texts';

interface HistoryViewProps {
  board: Board;
  /** The process variant shown in the editor; previews show the same one. */
  variantId: string | null;
  readOnly: boolean;
  /** This browser's undo: a restore comes from the server and cannot be undone with it. */
  undoManager: Y.UndoManager;
}

const versionsKey = (boardId: string) => ['diagram', boardId, 'versions'] as const;

/**
 * The board's versions (saved automatically about every ten minutes of work, when everyone has left,
 * before an import or restore, and whenever someone saves one by name): preview any of them, and
 * restore one for everyone. Restoring is itself undoable: the state it replaces becomes a version.
 */
export function HistoryView({ board, variantId, readOnly, undoManager }: HistoryViewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<DiagramVersion | null>(null);
  const versions = useQuery({
    queryKey: versionsKey(board.id),
    queryFn: async () => (await request(() => api.boards[':boardId'].diagram.versions.$get({ param: { boardId: board.id } }))).versions,
    refetchOnMount: 'always',
  });
  const preview = useQuery({
    queryKey: ['diagram', board.id, 'version', previewId],
    queryFn: async () =>
      (await request(() => api.boards[':boardId'].diagram.versions[':versionId'].$get({ param: { boardId: board.id, versionId: previewId ?? '' } })))
        .document as DiagramDocument,
    enabled: previewId !== null,
  });
  const save = useMutation({
    mutationFn: async () =>
      request(() => api.boards[':boardId'].diagram.versions.$post({ param: { boardId: board.id }, json: { label: label.trim() || undefined } })),
    onSuccess: () => {
      setLabel('');
      // Seen as well as heard, as after saving a canvas version (the toast is a polite live region).
      toast.show({ message: t('diagram.history.saved') });
      void queryClient.invalidateQueries({ queryKey: versionsKey(board.id) });
    },
  });
  /** Restores a version (or, undoing a restore, the version kept just before it). */
  const restore = useMutation({
    mutationFn: async (target: { version: Pick<DiagramVersion, 'id' | 'createdAt'> } | { undoing: string }) =>
      request(() =>
        api.boards[':boardId'].diagram.versions[':versionId'].restore.$post({
          param: { boardId: board.id, versionId: 'undoing' in target ? target.undoing : target.version.id },
        }),
      ),
    onSuccess: (result, target) => {
      setRestoring(null);
      // The diagram now is the restored version, not the one shown below its row.
      setPreviewId(null);
      // Undoing the edits made before would now undo nothing (the restore replaced them) or mix
      // them into the restored version; the way back is the version kept before it, which the
      // message offers, as the canvas's does.
      undoManager.clear();
      const keptBefore = result.keptBefore;
      toast.show(
        'undoing' in target
          ? { message: t('diagram.history.restore-undone') }
          : {
              message: t('diagram.history.restored', { time: formatDateTime(new Date(target.version.createdAt), language) }),
              action: keptBefore ? { label: t('diagram.history.undo'), onAction: () => restore.mutate({ undoing: keptBefore }) } : undefined,
            },
      );
      void queryClient.invalidateQueries({ queryKey: versionsKey(board.id) });
    },
    onError: (error, target) => {
      // Undoing from the message: the dialog is gone, so the message says what went wrong.
      if ('undoing' in target) toast.show({ message: errorText(error), tone: 'error' });
    },
  });

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <div className="diagram-history">
      <h2>{t('diagram.history.heading')}</h2>
      <p>{t('diagram.history.intro')}</p>
      {readOnly ? null : (
        <form className="diagram-history__save" onSubmit={onSave}>
          <TextField
            name="label"
            label={t('diagram.history.label')}
            optional
            maxLength={diagramLimits.versionLabel}
            counter
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
          <Button type="submit" variant="primary" aria-disabled={save.isPending || undefined}>
            {t('diagram.history.save')}
          </Button>
          {save.isError ? <p className="form-error">{errorText(save.error)}</p> : null}
        </form>
      )}
      {versions.isLoading ? <p role="status">{t('common.loading')}</p> : null}
      {versions.isError ? <p className="form-error">{errorText(versions.error)}</p> : null}
      {versions.data && versions.data.length === 0 ? <p className="muted">{t('diagram.history.empty')}</p> : null}
      {versions.data && versions.data.length > 0 ? (
        <ol className="row-list diagram-history__list">
          {versions.data.map((version) => {
            const time = formatDateTime(new Date(version.createdAt), language);
            return (
              <li key={version.id} className="row">
                <div>
                  <p className="row__title">
                    <time dateTime={version.createdAt}>{time}</time>
                    {version.label ? ` – ${version.label}` : ''}
                  </p>
                  <p className="row__meta">
                    {t(`diagram.history.reason.${version.reason}`)}
                    {version.authorNames.length > 0 ? ` · ${t('diagram.history.by', { names: version.authorNames.join(', ') })}` : ''}
                  </p>
                </div>
                <div className="row__actions">
                  <Button
                    onClick={() => setPreviewId(version.id === previewId ? null : version.id)}
                    aria-expanded={version.id === previewId}
                    aria-label={t('diagram.history.preview', { time })}
                  >
                    {t('diagram.history.preview-short')}
                  </Button>
                  {readOnly ? null : (
                    <Button
                      onClick={() => {
                        restore.reset();
                        setRestoring(version);
                      }}
                      aria-label={t('diagram.history.restore', { time })}
                    >
                      {t('diagram.history.restore-short')}
                    </Button>
                  )}
                </div>
                {version.id === previewId ? (
                  <div className="diagram-history__preview">
                    {preview.data ? <VersionPreview document={preview.data} variantId={variantId} /> : <p role="status">{t('common.loading')}</p>}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <Dialog
        open={restoring !== null}
        title={t('diagram.history.restore-title', { time: restoring ? formatDateTime(new Date(restoring.createdAt), language) : '' })}
        description={t('diagram.history.restore-text')}
        onClose={() => setRestoring(null)}
      >
        <div className="form-actions">
          <Button variant="primary" onClick={() => restoring && restore.mutate({ version: restoring })} aria-disabled={restore.isPending || undefined}>
            {t('diagram.history.restore-confirm')}
          </Button>
          <Button onClick={() => setRestoring(null)}>{t('common.cancel')}</Button>
        </div>
        {restore.isError ? <p className="form-error">{errorText(restore.error)}</p> : null}
      </Dialog>
    </div>
  );
}

/** Nothing is edited in a version's preview, and it has no link or panel keys. */
const previewKeys = { editable: false, links: false, panel: false };

/** A version drawn read-only, with its content also as a list for screen readers. */
function VersionPreview({ document: whole, variantId }: { document: DiagramDocument; variantId: string | null }) {
  const { t } = useTranslation();
  const ariaLabelConfig = useFlowAriaLabels(previewKeys);
  // A process shows one variant at a time, as in the editor.
  const common = whole.variants.find((variant) => variant.isCommon) ?? null;
  const shown =
    whole.diagramType === 'planprosess' ? (whole.variants.find((variant) => variant.id === variantId) ?? common ?? whole.variants[0] ?? null) : null;
  const document = useMemo(() => {
    if (!shown) return whole;
    const nodes = whole.nodes.filter((node) => (node.variantId ?? common?.id ?? null) === shown.id);
    const ids = new Set(nodes.map((node) => node.id));
    return { ...whole, nodes, edges: whole.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
  }, [whole, shown, common]);
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const nodes = useMemo<FlowNode[]>(
    () =>
      document.nodes.map((node) => ({
        id: node.id,
        type: node.type,
        position: node.position,
        parentId: node.parentId ?? undefined,
        ...(node.size ? { style: { width: node.size.width, height: node.size.height } } : {}),
        data: { node, texts: nodeTexts(node, t), remote: [], readOnly: true },
      })),
    [document, t],
  );
  const edges = useMemo<FlowEdge[]>(
    () =>
      document.edges.map((edge) => ({
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        markerEnd: { type: MarkerType.ArrowClosed },
        data: { edge, label: edgeLabel(edge, t) },
      })),
    [document, t],
  );
  return (
    <>
      <p>
        {shown ? `${t('diagram.history.preview-variant', { name: shown.name })} ` : ''}
        {t('diagram.history.preview-summary', contentCounts(document, t))}
      </p>
      <div className="diagram-history__canvas">
        <ReactFlowProvider>
          <ReactFlow<FlowNode, FlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={diagramNodeTypes}
            edgeTypes={diagramEdgeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            // A version is previewed whole, however long the process.
            fitView
            fitViewOptions={fitOptions}
            minZoom={smallestZoom}
            ariaLabelConfig={ariaLabelConfig}
          >
            <Background />
            <Controls showInteractive={false} fitViewOptions={fitOptions} />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
      <details className="diagram-history__list-details">
        <summary>{t('diagram.history.preview-list')}</summary>
        <ul>
          {document.nodes.map((node) => (
            <li key={node.id}>{nodeAccessibleName(node, t)}</li>
          ))}
          {document.edges.map((edge) => (
            <li key={edge.id}>
              {t('diagram.edge.aria', {
                source: byId.get(edge.source) ? nodeTitle(byId.get(edge.source)!, t) : '?',
                label: edgeLabel(edge, t),
                target: byId.get(edge.target) ? nodeTitle(byId.get(edge.target)!, t) : '?',
              })}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
