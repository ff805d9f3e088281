import { fileURLToPath } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

const placeScript = fileURLToPath(new URL('../src/features/diagram/preview/place-preview-script.ts', import.meta.url));
const appIndex = fileURLToPath(new URL('../index.html', import.meta.url));

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
 * Puts the script that places a server-drawn diagram picture (features/diagram/preview/place-preview.ts)
 * inline in the app's index.html, right after the app's root: the server puts a board's picture just
 * before the root (server/routes/pages/board-page-html.ts), so the script runs once the picture is
 * parsed and its stylesheets are in, before the first paint. Built on its own by esbuild as one
 * classic script (the app's bundle would split it into chunks it imports). The server allows it by
 * its hash, as the boot script.
 */
export function diagramPreviewPlugin(): Plugin {
  return {
    name: 'planrom-diagram-preview',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (context.filename !== appIndex) return html;
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
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('diagram-preview: index.html has no <div id="root"></div>');
        return html.replace(root, `${root}\n    <script data-diagram-preview>${code}</script>`);
      },
    },
  };
}
