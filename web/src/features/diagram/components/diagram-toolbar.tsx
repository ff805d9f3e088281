import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor } from '../../../../../shared/files/file-name';
import { formatDateTime } from '../../../../../shared/i18n/format-time';
import type { DiagramNodeType, DiagramType } from '../../../../../shared/diagram/vocabulary';
import type { Board } from '../../../../../shared/schemas/board';
import { Button } from '../../../components/ui/button';
import { downloadFile } from '../../../lib/download-file';
import { renderDiagramHandoutPdf, renderDiagramImage, renderDiagramPdf } from '../export/export-image';
import { backgroundBands } from '../layout/background-bands';
// The handout follows the presentation's slides and title page, from the presentation feature.
import { diagramHandoutSlides } from '../../../lib/slides/use-diagram-slides';
import { useHandoutTitlePage } from '../../../lib/handout/use-handout-title-page';
import { setDiagramType } from '../model/diagram-actions';
import { diagramKinds, type DiagramView } from '../model/diagram-kinds';
import { useUndoState, type DiagramSession } from '../sync/use-diagram-session';
import type { FlowEdge } from './diagram-edges';
import type { FlowNode } from './diagram-nodes';
import type { EditorCommands } from './editor-commands';
import { ImportButton } from './import-button';

export type { DiagramView };

interface DiagramToolbarProps {
  session: DiagramSession;
  diagramType: DiagramType;
  view: DiagramView;
  onView: (view: DiagramView) => void;
  readOnly: boolean;
  commands: EditorCommands;
  layoutRunning: boolean;
  hasSelection: boolean;
  keysOpen: boolean;
  onKeys: (open: boolean) => void;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The diagram's controls in a row over it, as tldraw's are (a narrow window wraps whole groups onto a
 * second row): the view switch, the kind's own "add" buttons, undo and redo, and the rest under
 * "Mer". Export and import are in the board's menu (`DiagramFileActions`).
 */
export function DiagramToolbar(props: DiagramToolbarProps) {
  const { session, diagramType, view, onView, readOnly, commands, layoutRunning, hasSelection, keysOpen, onKeys } = props;
  const { t } = useTranslation();
  const { canUndo, canRedo } = useUndoState(session.undoManager);
  const kind = diagramKinds[diagramType];
  const add = (type: DiagramNodeType) => onViewThen(onView, view, () => commands.createNode(type));

  return (
    <div className="diagram-toolbar" role="toolbar" aria-label={t('workspace.diagram.toolbar')} data-workspace-overlay="">
      <div role="group" aria-label={t('diagram.toolbar.views')} className="diagram-toolbar__group diagram-toolbar__views">
        {kind.views.map((option) => (
          <button
            key={option}
            type="button"
            className={`diagram-view-button${view === option ? ' diagram-view-button--current' : ''}`}
            aria-pressed={view === option}
            onClick={() => onView(option)}
          >
            {t(`diagram.view.${option}`)}
          </button>
        ))}
      </div>

      {readOnly ? null : (
        <div role="group" aria-label={t('diagram.toolbar.add')} className="diagram-toolbar__group">
          {kind.add.map((type) => (
            <Button key={type} onClick={() => add(type)}>
              {t(`diagram.add.${type}`)}
            </Button>
          ))}
        </div>
      )}

      {readOnly ? null : (
        <div role="group" aria-label={t('diagram.toolbar.edit')} className="diagram-toolbar__group">
          <Button variant="quiet" onClick={commands.undo} disabled={!canUndo} title={t('diagram.keys.undo.key')}>
            {t('diagram.actions.undo')}
          </Button>
          <Button variant="quiet" onClick={commands.redo} disabled={!canRedo}>
            {t('diagram.actions.redo')}
          </Button>
        </div>
      )}

      <MoreMenu label={t('workspace.diagram.more')} view={view}>
        {readOnly ? null : (
          <>
            {kind.moreAdd.map((type) => (
              <Button key={type} onClick={() => add(type)}>
                {t(`diagram.add.${type}`)}
              </Button>
            ))}
            {view === 'diagram' ? (
              <>
                <Button onClick={commands.copy} disabled={!hasSelection}>
                  {t('diagram.actions.copy')}
                </Button>
                <Button onClick={commands.paste}>{t('diagram.actions.paste')}</Button>
              </>
            ) : null}
            <Button onClick={() => onViewThen(onView, view, () => commands.layout())} aria-disabled={layoutRunning || undefined}>
              {layoutRunning ? t('diagram.layout.running') : t('diagram.layout.button')}
            </Button>
            <Button
              onClick={() => onViewThen(onView, view, () => commands.layout(true))}
              aria-disabled={layoutRunning || undefined}
              title={t('diagram.layout.full-hint')}
            >
              {t('diagram.layout.full')}
            </Button>
            <label className="diagram-type-select">
              <span className="diagram-type-select__label">{t('diagram.type.label')}</span>
              <select className="field__input" value={diagramType} onChange={(event) => setDiagramType(session.doc, event.target.value as DiagramType)}>
                <option value="aktorkart">{t('diagram.type.aktorkart')}</option>
                <option value="planprosess">{t('diagram.type.planprosess')}</option>
                <option value="struktur">{t('diagram.type.struktur')}</option>
              </select>
            </label>
          </>
        )}
        <Button aria-expanded={keysOpen} onClick={() => onKeys(!keysOpen)}>
          {t('workspace.diagram.keys')}
        </Button>
      </MoreMenu>
    </div>
  );
}

interface DiagramFileActionsProps {
  session: DiagramSession;
  board: Board;
  diagramType: DiagramType;
  view: DiagramView;
  onView: (view: DiagramView) => void;
  readOnly: boolean;
  announce: (message: string) => void;
  /** Sizes measured on screen (the canvas keeps them): a handout's lane and phase names follow the bands as drawn. */
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
}

/** Export (images, PDF, handout, JSON, CSV) and import: the diagram's items in the board's menu. */
export function DiagramFileActions({ session, board, diagramType, view, onView, readOnly, announce, sizes }: DiagramFileActionsProps) {
  const { t, i18n } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [exporting, setExporting] = useState(false);
  const exportMenu = useRef<HTMLDetailsElement>(null);
  const handoutTitlePage = useHandoutTitlePage(board);

  const exportImage = async (format: 'png' | 'pdf' | 'handout') => {
    exportMenu.current?.removeAttribute('open');
    setExporting(true);
    try {
      if (view !== 'diagram') {
        onView('diagram');
        await nextFrame();
        await new Promise((r) => setTimeout(r, 300));
      }
      if (format === 'handout') {
        const nodes = flow.getNodes().map((node) => node.data.node);
        const slides = diagramHandoutSlides(
          session.doc,
          diagramType,
          { nodes, edges: flow.getEdges().flatMap((edge) => (edge.data ? [edge.data.edge] : [])) },
          t,
        );
        if (slides.length === 0) {
          announce(t('presentation.handout.no-slides'));
          return;
        }
        const pages = [];
        // A phase's page holds its lanes' and phase's names, from the bands as drawn.
        const bands = backgroundBands(diagramType, nodes, sizes.current, t);
        for (const slide of slides) pages.push({ heading: slide.title, image: await renderDiagramImage(flow, 'jpeg', diagramType, slide.nodeIds, bands) });
        // Not the same name as the archive's PDF of the same board, which people download too.
        const name = fileNameFor(t('presentation.handout.file-name', { title: board.title }), 'pdf', 'diagram');
        downloadFile(await renderDiagramHandoutPdf(pages, board.title, handoutTitlePage(pages.length)), name);
        announce(t('diagram.export.done'));
        return;
      }
      const image = await renderDiagramImage(flow, format === 'pdf' ? 'jpeg' : format, diagramType);
      if (format === 'pdf') {
        const date = formatDateTime(new Date(), i18n.language === 'nn' ? 'nn' : 'nb');
        downloadFile(await renderDiagramPdf(image, board.title, t('diagram.export.pdf-subtitle', { date })), fileNameFor(board.title, 'pdf', 'diagram'));
      } else downloadFile(image.dataUrl, fileNameFor(board.title, format, 'diagram'));
      announce(t('diagram.export.done'));
    } catch {
      announce(t('diagram.export.failed'));
    } finally {
      setExporting(false);
    }
  };
  const exportFile = (kind: 'json' | 'csv') => {
    exportMenu.current?.removeAttribute('open');
    downloadFile(`/api/boards/${board.id}/diagram/export.${kind}`, fileNameFor(board.title, kind === 'json' ? 'planrom.json' : 'csv', 'diagram'));
  };

  return (
    <>
      <details className="diagram-menu diagram-menu--inline" ref={exportMenu}>
        <summary className="button button--quiet">{exporting ? t('diagram.export.running') : t('diagram.export.menu')}</summary>
        <div className="diagram-menu__items">
          <Button onClick={() => void exportImage('png')}>{t('diagram.export.png')}</Button>
          <Button onClick={() => void exportImage('pdf')}>{t('diagram.export.pdf')}</Button>
          <Button onClick={() => void exportImage('handout')}>{t('presentation.handout.menu')}</Button>
          <Button onClick={() => exportFile('json')}>{t('diagram.export.json')}</Button>
          <Button onClick={() => exportFile('csv')}>{t('diagram.export.csv')}</Button>
        </div>
      </details>
      {readOnly ? null : <ImportButton board={board} announce={announce} />}
    </>
  );
}

/**
 * "Mer": a disclosure (its list holds buttons and a select, so it is no ARIA menu), closed as a
 * planner expects a menu to close: with Escape (the keyboard goes back to its button), a click or
 * the focus elsewhere, another view (its items differ by view), or one of its buttons used.
 */
function MoreMenu({ label, view, children }: { label: string; view: DiagramView; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const button = useRef<HTMLElement>(null);

  useEffect(() => {
    menu.current?.removeAttribute('open');
  }, [view]);

  // Captured: seen even where a part of the page (the diagram's pane) stops the event.
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const element = menu.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, []);

  /** Closes it; the keyboard goes back to its button if it was inside (a hidden item would drop it). */
  const close = () => {
    const element = menu.current;
    if (!element?.open) return;
    if (element.contains(document.activeElement)) button.current?.focus();
    element.open = false;
  };

  return (
    <details
      className="diagram-menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        // Escape closes the menu only, not also the diagram's selection (the editor's shortcut).
        event.stopPropagation();
        close();
      }}
      onBlur={(event) => {
        // Focus gone to another part of the page (not to nothing, as when the window loses it).
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) event.currentTarget.open = false;
      }}
    >
      <summary ref={button} className="button button--secondary">
        {label}
      </summary>
      <div
        className="diagram-menu__items"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) close();
        }}
      >
        {children}
      </div>
    </details>
  );
}

/** Adding or arranging shows the result in the diagram, so switch to it first. */
function onViewThen(onView: (view: DiagramView) => void, view: DiagramView, action: () => void) {
  if (view === 'diagram' || view === 'table') {
    action();
    return;
  }
  onView('diagram');
  requestAnimationFrame(() => requestAnimationFrame(action));
}
