import { preloadableLazy } from '../../lib/preloadable-lazy';

// Editors load only on board pages, so region pages carry no tldraw, React Flow or ELK code. Each
// comes composed with the meeting tools and presenting (app/board), which the editors never import.
export const CanvasWorkspace = preloadableLazy(() => import('./canvas-workspace'));
export const DiagramWorkspace = preloadableLazy(() => import('./diagram-workspace'));

/** Each kind of board's workspace. */
export const workspaces = { canvas: CanvasWorkspace, diagram: DiagramWorkspace };
