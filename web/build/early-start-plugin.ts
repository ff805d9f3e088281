import { fileURLToPath } from 'node:url';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { diagramSocketPath } from '../../shared/sync/diagram-protocol.ts';
import { boardEditorsFile, type BoardEditorFiles } from '../../shared/web/board-editor-files.ts';

const bootEntry = fileURLToPath(new URL('../src/boot/early-start.ts', import.meta.url));
const appIndex = fileURLToPath(new URL('../index.html', import.meta.url));
/** The chunk each kind of board page loads for its editor (the board page's lazy imports). */
const workspaces = {
  diagram: fileURLToPath(new URL('../src/app/board/diagram-workspace.tsx', import.meta.url)),
  canvas: fileURLToPath(new URL('../src/app/board/canvas-workspace.tsx', import.meta.url)),
};

/**
 * Builds `src/boot/early-start.ts` (it imports nothing) and puts it inline, first in the app's
 * index.html, so it runs while the page is parsed, before any of the app's scripts has arrived
 * (a file of its own arrived only with them). It gets the diagram socket's path as an attribute.
 * The server allows exactly this script by its hash (`inlineScriptHashes`,
 * server/lib/inline-script-hashes.ts). Only the app's own page gets it (not the bench's floors).
 *
 * It also writes `board-editors.json`: the files of each editor's chunk and what they import (minus
 * what the page loads anyway), so the server can name them in a board page it serves and the browser
 * fetches them with the app's first scripts (server/routes/pages/board-page.ts).
 */
export function earlyStartPlugin(): Plugin {
  let isApp = false;
  let bootFile: string | undefined;
  let editorFiles: BoardEditorFiles | undefined;
  return {
    name: 'planrom-early-start',
    apply: 'build',
    configResolved(config) {
      isApp = fileURLToPath(new URL('../', import.meta.url)) === config.root.replace(/\/?$/, '/');
    },
    buildStart() {
      if (isApp) this.emitFile({ type: 'chunk', id: bootEntry, name: 'early-start' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle as OutputBundle | undefined;
        if (!isApp || !bundle || context.filename !== appIndex) return html;
        const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
        const boot = chunks.find((chunk) => chunk.facadeModuleId === bootEntry);
        const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/web/index.html') || (chunk.isEntry && chunk.facadeModuleId !== bootEntry));
        if (!boot || !page) throw new Error('early-start: the boot chunk or the page chunk is missing from the bundle');
        bootFile = boot.fileName;
        if (boot.imports.length > 0) throw new Error(`early-start: the boot script must import nothing, it imports ${boot.imports.join(', ')}`);
        const loaded = closure(bundle, page.fileName);
        const files = (kind: keyof typeof workspaces): BoardEditorFiles[typeof kind] => {
          // Its own chunk, or the chunk group it was put in (vite.config.ts).
          const workspace =
            chunks.find((chunk) => chunk.facadeModuleId === workspaces[kind]) ?? chunks.find((chunk) => chunk.moduleIds.includes(workspaces[kind]));
          if (!workspace) throw new Error(`early-start: no chunk for ${workspaces[kind]}`);
          const own = [...closure(bundle, workspace.fileName)].filter((file) => !loaded.has(file));
          const css = own.flatMap((file) => [
            ...((bundle[file] as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []),
          ]);
          return { scripts: own.map((file) => `/${file}`), styles: [...new Set(css)].map((file) => `/${file}`) };
        };
        editorFiles = { diagram: files('diagram'), canvas: files('canvas') };
        // A classic script runs where it stands; its own scope keeps its names out of the page's.
        const code = `(() => {\n${boot.code.replace(/\n?\/\/# sourceMappingURL=.*$/, '').trim()}\n})();`;
        if (/<\/script/i.test(code)) throw new Error('early-start: the boot script contains "</script"');
        const tag = `<script data-early-start data-diagram-socket="${diagramSocketPath('BOARD')}">${code}</script>`;
        // First in <head>, before the app's own script and its preloads.
        return html.replace(/<meta name="viewport"[^>]*>/, (viewport) => `${viewport}\n    ${tag}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Inlined: the chunk itself is not served.
        if (bootFile) delete bundle[bootFile];
        if (editorFiles) this.emitFile({ type: 'asset', fileName: boardEditorsFile, source: JSON.stringify(editorFiles) });
      },
    },
  };
}

/** A chunk and every chunk it imports statically, by file name. */
function closure(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const output = bundle[fileName];
  if (output?.type === 'chunk') for (const imported of output.imports) closure(bundle, imported, seen);
  return seen;
}
