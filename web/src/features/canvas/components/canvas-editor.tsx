import 'tldraw/tldraw.css';
import '../canvas.css';
import { useQueryClient } from '@tanstack/react-query';
import { useSync } from '@tldraw/sync';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { AssetRecordType, atom, createUserId, getHashForString, Tldraw, UserRecordType, type Editor } from 'tldraw';
import { canvasLimits } from '../../../../../shared/canvas-limits';
import type { WebConfig } from '../../../../../shared/schemas/web-config';
import type { Board } from '../../../../../shared/schemas/board';
import type { CanvasVersion } from '../../../../../shared/schemas/canvas';
import { canvasServerNoticeSchema, finalCloseCodes } from '../../../../../shared/sync/canvas-messages';
import { closeCodes } from '../../../../../shared/sync/close-codes';
import { canvasGuestId } from '../../../../../shared/sync/person-ids';
import { Button } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { canvasQueryKeys } from '../api/canvas-query-keys';
import { useWebConfig } from '../api/use-canvas-session-data';
import { focusOpener } from '../../../lib/focus-opener';
import { useAuth } from '../../../lib/use-auth';
import { useConnectionWords, type SyncState } from '../hooks/use-connection-words';
import { useUnsentCanvasChanges } from '../hooks/use-unsent-canvas-changes';
import { UnsentChangesGuard } from '../../../components/workspace/unsent-changes-guard';
import { useLicenseGate } from '../hooks/use-license-gate';
import { WorkspaceSlot } from '../../../components/workspace/workspace-slots';
import { answeredPromptsBecomeContent } from '../lib/answered-prompts';
import { markOldPrompts } from '../lib/mark-old-prompts';
import { canvasAssetStore } from '../lib/canvas-asset-store';
import { canvasSyncUrl } from '../lib/canvas-sync-url';
import { fitNoteLabels } from '../lib/fit-note-labels';
import { notesFromKeyboard } from '../lib/keyboard-note';
import { focusEmptyCanvasFromSkipButton } from '../lib/focus-empty-canvas';
import { freeAreaActions } from '../lib/free-area-actions';
import { spokenActions } from '../lib/spoken-actions';
import { namedNewFrames } from '../lib/new-frame-names';
import { tabFromOtherTools } from '../lib/tab-from-other-tools';
import { markOwnPageNames, nameOnlyPageAfterBoard } from '../lib/page-name-follows-title';
import { openOnContent, rememberView, showAll } from '../lib/opening-view';
import { presenceColor } from '../lib/presence-color';
import { screenOverlayUtils } from '../lib/screen-overlay-utils';
import { screenComponents } from './presenter-cursor';
import { editorComponents } from './keyboard-shortcuts';
import { tldrawAssetUrls } from '../lib/tldraw-asset-urls';
import { CanvasPresence } from './canvas-presence';
import { CanvasVoice, useCanvasVoice } from './canvas-voice';
import { ConnectionStatus } from './connection-status';
import { ExportDialog } from './export-dialog';
import { HistoryPanel, useRestoreVersionWithUndo } from './history-panel';
import { ImportDialog } from './import-dialog';
import { LicenseNotice } from './license-notice';
import { SaveVersionDialog } from './save-version-dialog';
import { VersionPreviewDialog } from './version-preview-dialog';
import { useTldrawTranslations } from '../lib/tldraw-translations';

// tldraw recreates its editor when these change: they are made once, here.
/** Embeds are iframes from other hosts; Planrom boards never load third-party content. */
const noEmbeds: [] = [];
const noVideoTypes: string[] = [];
/** Presence that says nothing: tldraw's sync sends none. */
const noPresence = () => null;

interface Viewer {
  id: string;
  name: string;
}

/** What the board page gets to mount over the canvas (meeting tools, presenting) once tldraw is ready. */
export interface CanvasExtrasContext {
  editor: Editor | null;
  /** The element around tldraw, shown full screen while presenting. */
  stage: RefObject<HTMLDivElement | null>;
  canWrite: boolean;
  screen: boolean;
}

export interface CanvasEditorProps {
  board: Board;
  /** The meeting-room screen: the board without tools, never edited. */
  screen?: boolean;
  extras?: (context: CanvasExtrasContext) => ReactNode;
}

/** The canvas board: tldraw, live with everyone on the board, in Norwegian. Loaded on demand. */
export default function CanvasEditor({ board, screen = false, extras }: CanvasEditorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const config = useWebConfig();
  const auth = useAuth();
  if (config.isError || auth.isError) {
    return <ErrorState message={errorText(config.error ?? auth.error)} onRetry={() => void (config.refetch(), auth.refetch())} />;
  }
  if (!config.data || !auth.data) return <LoadingState text={t('canvas.loading')} />;
  // The room puts the same name on presence for everyone else; this is how the viewer sees themselves.
  const viewer: Viewer = auth.data.user
    ? { id: auth.data.user.id, name: auth.data.user.displayName }
    : { id: canvasGuestId(auth.data.guest?.name ?? ''), name: auth.data.guest?.name ?? '' };
  return (
    <CanvasSession
      key={board.id}
      board={board}
      licenseKey={config.data.tldrawLicenseKey}
      limits={config.data.canvas}
      viewer={viewer}
      screen={screen}
      extras={extras}
    />
  );
}

interface SessionProps {
  board: Board;
  licenseKey: string | null;
  limits: WebConfig['canvas'];
  viewer: Viewer;
  screen: boolean;
  extras?: CanvasEditorProps['extras'];
}

/** Listens to what the room tells in Planrom's words, and ends the session when access ends. */
function CanvasSession({ board, licenseKey, limits, viewer, screen, extras }: SessionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<number | null>(null);
  const [access, setAccess] = useState<'read' | 'write' | null>(null);
  const [full, setFull] = useState(false);

  const onNotice = useCallback(
    (data: unknown) => {
      const parsed = canvasServerNoticeSchema.safeParse(data);
      if (!parsed.success) return;
      const notice = parsed.data;
      switch (notice.type) {
        case 'planrom/welcome':
          setAccess(notice.access);
          setFull(false);
          break;
        case 'planrom/closing':
          if (finalCloseCodes.includes(notice.code)) setEnded(notice.code);
          else if (notice.code === closeCodes.boardFull) setFull(true);
          else if (notice.code === closeCodes.accessChanged) toast.show({ message: t('canvas.closed.access-changed') });
          break;
        case 'planrom/refused':
          toast.show({ message: t(`canvas.refused.${notice.reason}`, { max: limits.maxShapes }), tone: 'error' });
          break;
        case 'planrom/replaced':
          void queryClient.invalidateQueries({ queryKey: canvasQueryKeys.versions(board.id) });
          if (notice.by !== viewer.name) toast.show({ message: t(`canvas.replaced.${notice.what}`, { name: notice.by }) });
          break;
      }
    },
    [board.id, limits.maxShapes, queryClient, t, toast, viewer.name],
  );

  if (ended !== null) return <EndedNotice code={ended} />;
  return (
    <LiveCanvas
      board={board}
      licenseKey={licenseKey}
      viewer={viewer}
      screen={screen}
      extras={extras}
      access={access}
      full={full}
      maxClients={limits.maxClients}
      onNotice={onNotice}
    />
  );
}

const endedTexts: Record<number, string> = {
  [closeCodes.sessionEnded]: 'canvas.closed.session-ended',
  [closeCodes.accessRevoked]: 'canvas.closed.access-revoked',
  [closeCodes.boardGone]: 'canvas.closed.board-gone',
  [closeCodes.shareLinkRevoked]: 'canvas.closed.share-link-revoked',
};

function EndedNotice({ code }: { code: number }) {
  const { t } = useTranslation();
  return (
    <div className="canvas-notice" role="alert">
      <p>{t((endedTexts[code] ?? 'canvas.closed.error') as 'canvas.closed.error')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('canvas.closed.reload')}
      </Button>
    </div>
  );
}

interface LiveProps extends Omit<SessionProps, 'limits'> {
  access: 'read' | 'write' | null;
  full: boolean;
  /** Shown in the "board full" message. */
  maxClients: number;
  onNotice: (data: unknown) => void;
}

function LiveCanvas({ board, licenseKey, viewer, screen, extras, access, full, maxClients, onNotice }: LiveProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // Read by onMount without making it change (tldraw would run it again).
  const speak = useRef({ t, toast });
  speak.current = { t, toast };
  // useSync reconnects when these change, so each is made once per board and person.
  const uri = useCallback(() => canvasSyncUrl(board.id), [board.id]);
  const assets = useMemo(() => canvasAssetStore(board.id), [board.id]);
  const users = useMemo(
    () => ({
      currentUser: atom('viewer', UserRecordType.create({ id: createUserId(viewer.id), name: viewer.name, color: presenceColor(viewer.id) })),
    }),
    [viewer.id, viewer.name],
  );
  // The meeting-room screen is no one on the board: no pointer or name of its own for the others.
  const store = useSync({ uri, assets, users, onCustomMessageReceived: onNotice, ...(screen ? { getUserPresence: noPresence } : {}) });

  const syncState: SyncState =
    store.status === 'loading' ? 'connecting' : store.status === 'error' ? 'error' : store.connectionStatus === 'online' ? 'online' : 'offline';
  const words = useConnectionWords(syncState);
  const unsent = useUnsentCanvasChanges(store);
  const stage = useRef<HTMLDivElement>(null);
  const licenseGated = useLicenseGate(stage);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyButton = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<'save' | 'export' | 'import' | null>(null);
  const [previewing, setPreviewing] = useState<CanvasVersion | null>(null);
  const restore = useRestoreVersionWithUndo(board.id);
  // The meeting-room screen shows the board without tools and never edits it.
  const canWrite = access === 'write' && !screen;
  const writing = useRef(canWrite);
  writing.current = canWrite;
  const translations = useTldrawTranslations();
  const { region: voiceRegion, say } = useCanvasVoice();
  // tldraw's own fits (zoom to fit and the like) use the room the meeting bar and its toolbar leave.
  const overrides = useMemo(() => [translations, freeAreaActions, spokenActions(say)], [translations, say]);
  // tldraw names its application "tldraw" unless told. A new name makes a new editor; this one
  // changes only with the language, which is not switched on a board's page.
  const applicationName = t('canvas.application');
  const options = useMemo(() => ({ branding: applicationName }), [applicationName]);
  // The page menu names the board's only page as the board is called, for everyone.
  useEffect(() => {
    if (editor && canWrite) nameOnlyPageAfterBoard(editor, board.title);
  }, [editor, canWrite, board.title]);

  const onMount = useCallback(
    (mounted: Editor) => {
      setEditor(mounted);
      if (screen) mounted.updateInstanceState({ isReadonly: true });
      // tldraw 5.1's menus and toolbar follow the user's locale preference, not the `locale` prop
      // (tldraw/tldraw#10032), so both are set; its people menu shows the viewer from the same
      // preferences, so their name and colour go there too.
      // In nynorsk, Planrom's overrides of the "no" strings make it nynorsk (tldraw has no nynorsk of its own).
      mounted.user.updateUserPreferences({ locale: 'no', name: viewer.name, color: presenceColor(viewer.id) });
      // Open on the whole board, as a planner expects (tldraw starts at the page's top-left corner
      // at 100 %, where a worksheet is cut off), when it can be read whole between the meeting bar
      // and tldraw's toolbar; a big board opens on a part of it with content, and the person is
      // told how to see all of it.
      const opened = openOnContent(mounted, board.id);
      if (opened !== 'whole' && !screen) {
        const { t, toast } = speak.current;
        toast.show({
          message: t(`canvas.opening-view.${opened}`),
          action: { label: t('canvas.opening-view.show-all'), onAction: () => showAll(mounted) },
        });
      }
      // Someone who may edit fits the notes an import brought with too large a font, for everyone.
      if (writing.current) void fitNoteLabels(mounted);
      // A worksheet's board from before its prompts were marked gets its marks, once.
      if (writing.current) void markOldPrompts(mounted, board.templateId);
      // What Planrom adds to tldraw while the board is open, each undone when it closes.
      const stops = [
        rememberView(mounted, board.id),
        answeredPromptsBecomeContent(mounted),
        notesFromKeyboard(mounted, say),
        focusEmptyCanvasFromSkipButton(mounted),
        tabFromOtherTools(mounted),
        markOwnPageNames(mounted),
        namedNewFrames(mounted, (number) => speak.current.t('canvas.frame.new-name', { number })),
      ];
      // A pasted link becomes a plain bookmark: tldraw would otherwise fetch the page to show a
      // preview, which is a request to a third party.
      mounted.registerExternalAssetHandler('url', async ({ url }) => ({
        id: AssetRecordType.createId(getHashForString(url)),
        typeName: 'asset',
        type: 'bookmark',
        meta: {},
        props: { src: url, title: url, description: '', image: '', favicon: '' },
      }));
      return () => {
        for (const stop of stops) stop();
        setEditor(null);
      };
    },
    [viewer.id, viewer.name, screen, board.id, board.templateId, say],
  );

  return (
    <section className={screen ? 'canvas canvas--screen' : 'canvas'} aria-label={t('canvas.editor-label', { title: board.title })}>
      {screen ? null : (
        <>
          <WorkspaceSlot name="status">
            <ConnectionStatus words={words} />
          </WorkspaceSlot>
          {editor ? (
            <WorkspaceSlot name="presence">
              <CanvasPresence editor={editor} />
            </WorkspaceSlot>
          ) : null}
          <WorkspaceSlot name="actions">
            <Button ref={historyButton} variant="quiet" aria-expanded={historyOpen} onClick={() => setHistoryOpen((open) => !open)}>
              {t('canvas.actions.history')}
            </Button>
            {canWrite ? (
              <Button variant="quiet" onClick={() => setDialog('save')}>
                {t('canvas.actions.save-version')}
              </Button>
            ) : null}
            <Button variant="quiet" aria-disabled={!editor} onClick={() => editor && setDialog('export')}>
              {t('canvas.actions.export')}
            </Button>
            {canWrite ? (
              <Button variant="quiet" onClick={() => setDialog('import')}>
                {t('canvas.actions.import')}
              </Button>
            ) : null}
          </WorkspaceSlot>
        </>
      )}
      <UnsentChangesGuard unsent={unsent} />
      {extras?.({ editor, stage, canWrite, screen })}
      {full ? (
        <p className="canvas-notice canvas-notice--floating" role="alert" data-workspace-overlay="">
          {t('canvas.closed.board-full', { max: maxClients })}
        </p>
      ) : null}
      <div className="canvas__body">
        <div className="canvas__stage" ref={stage} data-testid="canvas-stage">
          {store.status === 'synced-remote' ? (
            <Tldraw
              store={store.store}
              licenseKey={licenseKey ?? undefined}
              assetUrls={tldrawAssetUrls}
              locale="no"
              overrides={overrides}
              options={options}
              embeds={noEmbeds}
              maxAssetSize={canvasLimits.maxAssetBytes}
              acceptedImageMimeTypes={canvasLimits.assetTypes}
              acceptedVideoMimeTypes={noVideoTypes}
              onMount={onMount}
              hideUi={screen}
              overlayUtils={screen ? screenOverlayUtils : undefined}
              components={screen ? screenComponents : editorComponents}
            >
              <CanvasVoice region={voiceRegion} />
            </Tldraw>
          ) : store.status === 'error' ? (
            <div className="canvas-notice" role="alert">
              <p>{t('canvas.closed.error')}</p>
              <Button variant="primary" onClick={() => window.location.reload()}>
                {t('canvas.closed.reload')}
              </Button>
            </div>
          ) : (
            <LoadingState text={t('canvas.loading')} />
          )}
          {licenseGated ? <LicenseNotice /> : null}
        </div>
        {historyOpen ? (
          <HistoryPanel
            boardId={board.id}
            canRestore={canWrite}
            onPreview={setPreviewing}
            onClose={() => (setHistoryOpen(false), focusOpener(historyButton.current))}
          />
        ) : null}
      </div>
      <SaveVersionDialog boardId={board.id} open={dialog === 'save'} onClose={() => setDialog(null)} />
      <ImportDialog boardId={board.id} open={dialog === 'import'} onClose={() => setDialog(null)} />
      {editor ? (
        <ExportDialog
          editor={editor}
          boardId={board.id}
          title={board.title}
          regionId={board.regionId}
          open={dialog === 'export'}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <VersionPreviewDialog
        boardId={board.id}
        version={previewing}
        licenseKey={licenseKey}
        canRestore={canWrite}
        onRestore={restore.run}
        onClose={() => setPreviewing(null)}
      />
    </section>
  );
}
