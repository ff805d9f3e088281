import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boardEditorFilesSchema, boardEditorsFile, type BoardEditorFiles } from '../../../shared/web/board-editor-files';
import type { BoardKind } from '../../../shared/schemas/board';
import { boardPageMeta } from '../../../shared/web/board-page-meta';
import { diagramPreview, diagramPreviewScript } from '../../../shared/web/diagram-preview';

export interface BoardPageHtml {
  /**
   * index.html naming the editor's files and, for a member, the board's region, and with a diagram's
   * first picture when there is one (shared/web/diagram-preview.ts); as built when there is no
   * editor to start.
   */
  forEditor(editor: BoardKind | null, memberOfRegion?: string | null, preview?: string | null): string;
  /** The inline scripts board pages carry besides index.html's own, for the Content-Security-Policy. */
  readonly inlineScripts: string[];
}

/**
 * The board page for each kind of editor, made once at start from the built index.html and the
 * build's `board-editors.json`: the editor's scripts as module preloads and its styles as
 * stylesheets (the same `crossorigin` as the app's own, so the lazy import finds them loaded), and
 * a meta naming the editor before the boot script; a diagram's first picture goes in with the
 * script that places it (the build's `diagram-preview-place.js`). A build without the list serves
 * index.html as is.
 */
export function boardPageHtml(indexHtml: string, dist: string): BoardPageHtml {
  const listFile = join(dist, boardEditorsFile);
  const files = existsSync(listFile) ? boardEditorFilesSchema.parse(JSON.parse(readFileSync(listFile, 'utf8'))) : null;
  if (!files) return { forEditor: () => indexHtml, inlineScripts: [] };
  const placeFile = join(dist, diagramPreview.placeScriptFile);
  // A build without the placing script cannot show a picture: none is put in its pages.
  const placeScript = existsSync(placeFile) ? diagramPreviewScript(readFileSync(placeFile, 'utf8').trim()) : null;
  const pages = { diagram: withEditor(indexHtml, 'diagram', files.diagram), canvas: withEditor(indexHtml, 'canvas', files.canvas) };
  return {
    forEditor(editor, memberOfRegion, preview) {
      if (!editor) return indexHtml;
      let page = pages[editor];
      if (memberOfRegion && /^[\w-]+$/.test(memberOfRegion))
        page = beforeBootScript(page, `<meta name="${boardPageMeta.region}" content="${memberOfRegion}" />`);
      return preview && placeScript ? beforeRoot(page, `${preview}\n    ${placeScript}`) : page;
    },
    inlineScripts: placeScript ? [placeScript] : [],
  };
}

function withEditor(indexHtml: string, editor: BoardKind, files: BoardEditorFiles[BoardKind]): string {
  const links = [
    ...files.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`),
    ...files.styles.map((file) => `<link rel="stylesheet" crossorigin href="${file}">`),
  ];
  const page = beforeBootScript(indexHtml, `<meta name="${boardPageMeta.editor}" content="${editor}" />`);
  const headEnd = page.indexOf('</head>');
  return page.slice(0, headEnd) + links.map((link) => `  ${link}\n  `).join('') + page.slice(headEnd);
}

/** `tag` put just before the boot script, which reads it while the page is parsed. */
function beforeBootScript(page: string, tag: string): string {
  const boot = page.indexOf('<script data-early-start');
  if (boot < 0 || page.indexOf('</head>') < boot) throw new Error('index.html has no boot script in its <head>: build the web app again');
  return `${page.slice(0, boot)}${tag}\n    ${page.slice(boot)}`;
}

/** A board's picture and the script that places it, just before the app's root (shared/web/diagram-preview.ts). */
function beforeRoot(page: string, element: string): string {
  const root = page.indexOf('<div id="root">');
  if (root < 0) throw new Error('index.html has no <div id="root">: build the web app again');
  return `${page.slice(0, root)}${element}\n    ${page.slice(root)}`;
}
