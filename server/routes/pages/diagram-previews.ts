import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { VersionedDiagram } from '../../../shared/diagram/document-version';
import type { Language } from '../../../shared/schemas/language';
import { diagramPreviewNodeLimit, type DiagramPicture } from '../../../shared/web/diagram-preview';
import { logger } from '../../lib/logger';
import { withoutTypeScriptLoader } from '../../workers/without-typescript-loader';

export interface DiagramPreviews {
  /**
   * The picture of a board's content, or null: an empty or too big board, no picture module in the
   * build, or one not drawn within the wait (the page is then served without it at once).
   */
  pictureOf(boardId: string, content: VersionedDiagram, drawn: PictureOptions): Promise<DiagramPicture | null>;
  close(): Promise<void>;
}

/** How the picture is drawn: in the board's language, and for someone who may edit the board or not (no handles to connect). */
export interface PictureOptions {
  language: Language;
  readOnly: boolean;
}

export interface DiagramPreviewOptions {
  /** The web build's picture module; previews are off when it is not there. */
  module: string;
  /** How long a page waits for its picture before it is served without one (ms). */
  waitMs: number;
}

/** A picture thread with nothing to do ends after this long. */
const idleMs = 15 * 60_000;

const none: DiagramPreviews = { pictureOf: async () => null, close: async () => {} };

/**
 * Draws diagram boards' first pictures (shared/web/diagram-preview.ts) in a worker thread of their
 * own, off the event loop that serves the rooms (50 nodes take about 25 ms, 300 about 70 ms), and
 * apart from the heavy jobs' threads, so an import running there never holds a page back. Each
 * picture is kept with the version of the content it shows: everyone opening a board for a meeting
 * gets the one drawing. A page waits at most `waitMs` for it, and not at all while the thread starts
 * (the first board opened, or after a quiet quarter of an hour): that picture is for the next person.
 */
export function diagramPreviews({ module, waitMs }: DiagramPreviewOptions): DiagramPreviews {
  if (!existsSync(module)) return none;
  let pool: Piscina | null = null;
  // Until when the thread is known to be running, its module loaded: a page waits only for a
  // thread that is, never for one starting (about half a second), whose picture the next page gets.
  let warmUntil = 0;
  const threads = () =>
    (pool ??= new Piscina({
      filename: new URL('../../workers/diagram-preview-worker.mjs', import.meta.url).href,
      workerData: { module: pathToFileURL(module).href },
      execArgv: withoutTypeScriptLoader(process.execArgv),
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: idleMs,
    }));
  // Per version of a board's content (the room keeps one object per version), language and editing.
  const drawn = new WeakMap<VersionedDiagram, Map<string, Promise<DiagramPicture | null>>>();
  const draw = (boardId: string, content: VersionedDiagram, { language, readOnly }: PictureOptions) =>
    (threads().run({ boardId, content, language, readOnly }) as Promise<DiagramPicture | null>).then(
      (picture) => {
        warmUntil = Date.now() + idleMs / 2;
        return picture;
      },
      (error: unknown) => {
        logger.error(`Could not draw the picture of board ${boardId}`, error);
        return null;
      },
    );
  return {
    async pictureOf(boardId, content, options) {
      if (content.nodes.length === 0 || content.nodes.length > diagramPreviewNodeLimit) return null;
      let pictures = drawn.get(content);
      if (!pictures) drawn.set(content, (pictures = new Map()));
      const key = `${options.language} ${options.readOnly}`;
      let picture = pictures.get(key);
      if (!picture) pictures.set(key, (picture = draw(boardId, content, options)));
      if (Date.now() > warmUntil) return null;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, waitMs, null)));
      try {
        return await Promise.race([picture, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await pool?.destroy();
    },
  };
}
