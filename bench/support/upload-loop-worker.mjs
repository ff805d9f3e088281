// Uploads one file to one address again and again, each as soon as the previous one is answered,
// from a thread of its own: sending 40 MB on the benchmark's main thread delayed the simulated
// editors there, and that was counted as propagation through the server.
import { parentPort, workerData } from 'node:worker_threads';

const { url, headers, file } = workerData;
let going = true;
parentPort.on('message', (message) => {
  if (message === 'end') going = false;
});
while (going) {
  const started = performance.now();
  const answer = await fetch(url, { method: 'POST', body: file, headers });
  await answer.arrayBuffer();
  parentPort.postMessage({ status: answer.status, ms: performance.now() - started });
}
parentPort.close();
