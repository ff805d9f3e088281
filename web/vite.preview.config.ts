import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The server's build of a diagram board's first picture (src/features/diagram/preview/render-preview.tsx):
 * one ES module with React, React Flow and Planrom's node components in it, built for Node in
 * production mode, which the server's picture threads load from dist/ (server/routes/pages/).
 * Its stylesheets are the board page's own, so it imports none.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: fileURLToPath(new URL('src/features/diagram/preview/render-preview.tsx', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/web-preview', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'render-preview.mjs' } },
  },
});
