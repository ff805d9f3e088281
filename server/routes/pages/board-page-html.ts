import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boardEditorFilesSchema, boardEditorsFile, type BoardEditorFiles } from '../../../shared/web/board-editor-files';
import type { BoardKind } from '../../../shared/schemas/board';
import { boardPageMeta } from '../../../shared/web/board-page-meta';

export interface BoardPageHtml {
  /**
   * index.html naming the editor's files and, for a member, the board's region; as built when
   * there is no editor to start.
   */
  forEditor(editor: BoardKind | null, memberOfRegion?: string | null): string;
}

/**
 * The board page for each kind of editor, made once at start from the built index.html and the
 * build's `board-editors.json`: the editor's scripts as module preloads and its styles as
 * stylesheets (the same `crossorigin` as the app's own, so the lazy import finds them loaded), and
 * a meta naming the editor before the boot script. A build without the list serves index.html as is.
 */
export function boardPageHtml(indexHtml: string, dist: string): BoardPageHtml {
  const listFile = join(dist, boardEditorsFile);
  const files = existsSync(listFile) ? boardEditorFilesSchema.parse(JSON.parse(readFileSync(listFile, 'utf8'))) : null;
  if (!files) return { forEditor: () => indexHtml };
  const pages = { diagram: withEditor(indexHtml, 'diagram', files.diagram), canvas: withEditor(indexHtml, 'canvas', files.canvas) };
  return {
    forEditor(editor, memberOfRegion) {
      if (!editor) return indexHtml;
      const page = pages[editor];
      if (!memberOfRegion || !/^[\w-]+$/.test(memberOfRegion)) return page;
      return beforeBootScript(page, `<meta name="${boardPageMeta.region}" content="${memberOfRegion}" />`);
    },
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
