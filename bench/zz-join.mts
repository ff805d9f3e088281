import WebSocket from 'ws';
import { diagramFormat, diagramFormatVersion } from '../shared/diagram/diagram-document';
import { generateProcess } from './support/generate-process';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';

const server = await startPlanrom({ env: benchAdminEnv, nodeArgs: process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/exp/prof', '--cpu-prof-interval', '200'] : [] });
const { api, regionId } = await logInBenchAdmin(server);
const board = await api.post(`/api/regions/${regionId}/boards`, { title: 'P', kind: 'diagram' });
const boardId = board.body.board.id as string;
const { nodes, edges } = generateProcess(Number(process.env.SIZE ?? 1000));
await api.request(`/api/boards/${boardId}/diagram/import`, { method: 'POST', headers: { origin: server.url }, json: { format: 'json', document: { format: diagramFormat, version: diagramFormatVersion, diagramType: 'planprosess', nodes, edges } } });
const url = server.url.replace('http', 'ws') + `/api/boards/${boardId}/diagram/sync`;
async function join(): Promise<[number, number]> {
  const t0 = performance.now();
  const ws = new WebSocket(url, { headers: { cookie: api.cookieHeader(), origin: server.url } });
  let opened = 0;
  return await new Promise((resolve) => {
    ws.on('open', () => (opened = performance.now() - t0));
    ws.on('message', (data: Buffer) => {
      if (data.length > 100_000) { resolve([opened, performance.now() - t0]); ws.close(); }
    });
  });
}
for (const wait of [0, 7000, 500, 7000, 500, 7000, 500, 7000]) {
  await new Promise((r) => setTimeout(r, wait));
  const [o, s] = await join();
  console.log(`after ${wait} ms idle: open ${o.toFixed(0)} ms, whole state ${s.toFixed(0)} ms`);
}
await server.dispose();
