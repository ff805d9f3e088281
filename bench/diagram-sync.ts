import { latencySuite } from './sync-latency/latency-matrix';

/** Diagram change propagation through Planrom's rooms against a bare in-memory y-protocols relay. */
export const diagramSync = latencySuite('diagram', {
  name: 'diagram-sync',
  title: 'Diagram boards: change propagation between clients',
  floorName: 'bare y-protocols relay',
  floorScript: 'bare-yjs-relay.ts',
});
