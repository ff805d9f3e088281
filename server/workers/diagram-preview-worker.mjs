// The file piscina starts in a diagram-picture thread (server/routes/pages/diagram-previews.ts): it
// loads the web build's picture module (dist/web-preview/render-preview.mjs, plain JavaScript) once.
import { workerData } from 'piscina';

/** @type {{ module: string }} */
const given = workerData;
const { renderDiagramPreview } = await import(given.module);

export default renderDiagramPreview;
