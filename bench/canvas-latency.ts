import { latencySuite } from './sync-latency/latency-matrix';

/** Canvas change propagation through Planrom's rooms against a bare in-memory TLSocketRoom. */
export const canvasLatency = latencySuite('canvas', {
  name: 'canvas-latency',
  title: 'Canvas boards: change propagation between clients',
  floorName: 'bare TLSocketRoom',
  floorScript: 'bare-tldraw-server.ts',
});
