import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { boardPageModules } from './build/board-page-modules.ts';
import { diagramPreviewPlugin } from './build/diagram-preview-plugin.ts';
import { earlyStartPlugin } from './build/early-start-plugin.ts';
import { flattenIsSelectors } from './build/flatten-is-selectors.ts';
import { hasSubjectRewrite } from './build/has-subject-rewrite.ts';
import { reactRouterProductionBuild } from './build/react-router-production.ts';
import { unusedDesignsystemet } from './build/unused-designsystemet-components.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// Designsystemet's packages do not declare "sideEffects": false, so every component and all of
// designsystemet-web (about 28 KB gzip of custom elements and polyfills) would ship to every page.
// They are pure apart from the behaviours designsystemet-web registers on import; of those, Planrom
// uses the field (links label, description and error to the input), the fieldset, the dialog, the
// `command` invokers and click delegation (a card whose heading is a link can be clicked as a whole). The region pages' 250 KB budget depends on this.
const designsystemetBehavioursUsed =
  /designsystemet-web[\\/]dist[\\/]esm[\\/](field|fieldset|dialog|invokers|clickdelegatefor|_vendors[\\/]invokers-polyfill)[\\/]/;
const pureDesignsystemetModules =
  /node_modules[\\/](@digdir[\\/]designsystemet-(react|web)|@navikt[\\/]aksel-icons|@floating-ui|@radix-ui|@tanstack[\\/]react-virtual|@u-elements|clsx)[\\/]/;

/**
 * The app's own code, placed by where it runs (build/board-page-modules.ts); the Designsystemet
 * components it uses go with it. Placed by the module graph rather than by name: Designsystemet's
 * index imports every component, so by the graph every page would seem to need all of them.
 */
const appCode = /[\\/](web[\\/]src|shared)[\\/]/;
const boardTools =
  /[\\/]web[\\/]src[\\/](features[\\/](meeting|minutes|presentation)[\\/]|features[\\/]decisions[\\/]components[\\/](board-decisions|decision-form)\.|lib[\\/]diagram-texts\.)|[\\/]shared[\\/](meeting|presentation)[\\/]|[\\/]shared[\\/]i18n[\\/]diagram-/;

const sourceFile = (file: string) => fileURLToPath(new URL(`src/${file}`, import.meta.url));
const diagramWorkspace = sourceFile('app/board/diagram-workspace.tsx');
const placement = boardPageModules({
  entry: sourceFile('main.tsx'),
  editors: [diagramWorkspace, sourceFile('app/board/canvas-workspace.tsx')],
});

export default defineConfig({
  root: webRoot,
  // The boot script starts the board page's requests, its editor's code and its socket at once.
  plugins: [react(), reactRouterProductionBuild(), earlyStartPlugin(), diagramPreviewPlugin(), placement.plugin],
  // Seven of Designsystemet's :has() rules have a universal subject, which made every text
  // measurement tldraw does on a canvas board cost 12 ms of style recalculation; they get subjects
  // naming the components' parts (the build fails if Designsystemet's CSS changes under the list).
  // Then the rules of Designsystemet's components Planrom does not use are left out (more than half
  // of its stylesheet), and `:is()` selectors that Chromium would try on every element are written
  // out as the plain selectors they stand for (styling a 1,000-node diagram: 123 ms with them, 76 ms
  // without).
  css: { postcss: { plugins: [hasSubjectRewrite(), unusedDesignsystemet(), flattenIsSelectors()] } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // tldraw is one ~1.7 MB chunk, loaded only when a canvas board opens (a test keeps it off other
    // pages); warn only beyond that.
    chunkSizeWarningLimit: 2000,
    // tldraw fetches its translations, fonts and icons at run time; they must stay files of their
    // own (the CSP allows fetch only from 'self', never from data: URLs Vite would inline them as).
    assetsInlineLimit: (file) => (file.includes('@tldraw/assets') ? false : undefined),
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id) => {
          if (designsystemetBehavioursUsed.test(id)) return true;
          if (pureDesignsystemetModules.test(id)) return false;
          return undefined;
        },
      },
      output: {
        // The libraries every page needs change less often than the app, so they get a file of their
        // own that stays cached across releases: one file, since each more is a request every page
        // waits for (six at a time over HTTP/1.1). Only named packages: editor libraries loaded with
        // import() must stay in their own lazy chunks, not be pulled into it. The app's own code
        // is three chunks besides the pages' and editors' own: left to itself, the bundler gives
        // each set of importers a chunk of its own, dozens of small files and as many requests
        // before a page can start. `common` is what a board page runs and something else needs
        // too (the entry's code with it); `pages` what only the other pages share, so a board page
        // never loads it; `board-tools` what only the editors share, so the other pages do not.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              priority: 4,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store|zod|hono|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'common', priority: 3, test: (id) => appCode.test(id) && !boardTools.test(id) && placement.isCommon(id) },
            { name: 'pages', priority: 1, test: (id) => appCode.test(id) && !boardTools.test(id) && placement.isPagesOnly(id) },
            { name: 'board-tools', priority: 2, minShareCount: 2, test: boardTools },
            // The diagram editor with React Flow and Yjs in one file, also what the parts it loads
            // later (document views, meeting tools) share with it: left to itself, the bundler gives
            // those shared modules files of their own, more requests before a diagram can show.
            {
              name: 'diagram-workspace',
              priority: 1,
              test: (id) => placement.isInEditor(diagramWorkspace, id) && !boardTools.test(id) && !placement.isCommon(id),
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
});
