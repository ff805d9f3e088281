import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { VersionedDiagram } from '../../../shared/diagram/document-version';
import type { Language } from '../../../shared/schemas/language';
import type { DiagramPicture } from '../../../shared/web/diagram-preview';
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
  /** Boards of more nodes open without a picture. */
  maxNodes: number;
}

/** A picture thread with nothing to do ends after this long. */
const idleMs = 15 * 60_000;

const none: DiagramPreviews = { pictureOf: async () => null, close: async () => {} };

/**
 * Draws diagram boards' first pictures (shared/web/diagram-preview.ts) in a worker thread of their
 * own, off the event loop that serves the rooms (50 nodes take about 25 ms, 1,000 about 300 ms),
 * and apart from the heavy jobs' threads, so an import running there never holds a page back. Each
 * picture is kept with the version of the content it shows, also after the board's room unloaded:
 * everyone opening a board for a meeting, or coming back to it the next day, gets the one drawing.
 * A page waits at most `waitMs` for it, and not at all while the thread starts (the first board
 * opened, or after a quiet quarter of an hour) or for a board too big to be drawn in that time:
 * that picture is for the next person.
 */
export function diagramPreviews({ module, waitMs, maxNodes }: DiagramPreviewOptions): DiagramPreviews {
  if (maxNodes === 0 || !existsSync(module)) return none;
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
  const drawn = new PictureCache();
  // What drawing takes a node, learnt from the pictures drawn (about 0.3 ms on a quiet machine):
  // a page does not wait for a picture that would not be ready within its wait.
  let msPerNode = 0.3;
  const draw = (boardId: string, content: VersionedDiagram, { language, readOnly }: PictureOptions) => {
    const start = performance.now();
    // A thread's first picture also takes its start: not what drawing takes.
    const warm = Date.now() <= warmUntil;
    return (threads().run({ boardId, content, language, readOnly }) as Promise<DiagramPicture | null>).then((picture) => {
      warmUntil = Date.now() + idleMs / 2;
      if (warm) msPerNode = 0.8 * msPerNode + (0.2 * (performance.now() - start)) / content.nodes.length;
      return picture;
    });
  };
  return {
    async pictureOf(boardId, content, options) {
      if (content.nodes.length === 0 || content.nodes.length > maxNodes) return null;
      const key = `${boardId} ${createHash('sha256').update(content.liveVersion).digest('base64')} ${options.language} ${options.readOnly}`;
      const picture = drawn.get(key, () =>
        draw(boardId, content, options).catch((error: unknown) => {
          logger.error(`Could not draw the picture of board ${boardId}`, error);
          return null;
        }),
      );
      const ready = drawn.isDrawn(key);
      if (!ready && (Date.now() > warmUntil || msPerNode * content.nodes.length > waitMs)) return null;
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

/** Pictures kept at most, and their markup's characters at most (about 2 bytes each in memory). */
const cacheLimits = { pictures: 200, characters: 16 * 1024 * 1024 };

/**
 * The pictures drawn or being drawn, by board, content version, language and editing, the least
 * recently asked for dropped first; one that could not be drawn is not kept, so the next page tries again.
 */
class PictureCache {
  private readonly pictures = new Map<string, { picture: Promise<DiagramPicture | null>; characters: number }>();
  private characters = 0;

  /** Whether the picture is there already (not being drawn). */
  isDrawn(key: string): boolean {
    return (this.pictures.get(key)?.characters ?? 0) > 0;
  }

  get(key: string, draw: () => Promise<DiagramPicture | null>): Promise<DiagramPicture | null> {
    const kept = this.pictures.get(key);
    if (kept) {
      // Asked for again: last to be dropped.
      this.pictures.delete(key);
      this.pictures.set(key, kept);
      return kept.picture;
    }
    const entry = { picture: draw(), characters: 0 };
    this.pictures.set(key, entry);
    void entry.picture.then((picture) => {
      if (this.pictures.get(key) !== entry) return;
      if (!picture) return void this.pictures.delete(key);
      entry.characters = picture.markup.length;
      this.characters += entry.characters;
      this.trim();
    });
    this.trim();
    return entry.picture;
  }

  private trim(): void {
    for (const [key, entry] of this.pictures) {
      if (this.pictures.size <= cacheLimits.pictures && this.characters <= cacheLimits.characters) return;
      this.pictures.delete(key);
      this.characters -= entry.characters;
    }
  }
}
