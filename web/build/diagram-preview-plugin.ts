import { fileURLToPath } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { diagramPreview } from '../../shared/web/diagram-preview.ts';

const placeScript = fileURLToPath(new URL('../src/features/diagram/preview/place-preview-script.ts', import.meta.url));
const appRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * d3-transition declares side effects (it adds `.transition()` to d3's selections), so a bundle that
 * only needs React Flow's viewport arithmetic would still carry 45 KB of d3. The placing script uses
 * none of it.
 */
const withoutTransitions: EsbuildPlugin = {
  name: 'without-d3-transition',
  setup(builder) {
    builder.onResolve({ filter: /^d3-transition$/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const found = await builder.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolved' });
      return { path: found.path, sideEffects: false };
    });
  },
};

/**
 * Builds the script that places a server-drawn diagram picture (features/diagram/preview/place-preview.ts)
 * as one classic script, by esbuild on its own (the app's bundle would split it into chunks it
 * imports), and writes it beside index.html (`diagramPreview.placeScriptFile`). The server puts it
 * inline right after a board's picture, in the pages that have one only, and allows it by its hash
 * (server/routes/pages/board-page-html.ts); it runs once the picture is parsed and the page's
 * stylesheets are in, before the first paint.
 */
export function diagramPreviewPlugin(): Plugin {
  let isApp = false;
  return {
    name: 'planrom-diagram-preview',
    apply: 'build',
    configResolved(config) {
      isApp = appRoot === config.root.replace(/\/?$/, '/');
    },
    async generateBundle() {
      if (!isApp) return;
      const built = await build({
        entryPoints: [placeScript],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        write: false,
        legalComments: 'none',
        plugins: [withoutTransitions],
      });
      const code = built.outputFiles[0]!.text.trim();
      if (/<\/script/i.test(code)) throw new Error('diagram-preview: the placing script contains "</script"');
      this.emitFile({ type: 'asset', fileName: diagramPreview.placeScriptFile, source: code });
    },
  };
}
