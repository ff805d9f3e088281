/// <reference types="vite/client" />
import ELK, { type ELK as ElkApi } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

let engine: ElkApi | null = null;

/**
 * The ELK layout engine, running in a Web Worker so the page never freezes while it works. Loaded
 * only on diagram boards (this module is part of the lazily loaded editor); the worker starts on
 * first use and is shared by every layout after that.
 */
export function elkEngine(): ElkApi {
  engine ??= new ELK({ workerUrl: elkWorkerUrl });
  return engine;
}
