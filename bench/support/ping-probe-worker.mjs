// A board socket in its own thread that sends tldraw's `ping` every 10 ms and times the `pong`:
// the server's responsiveness seen from outside, not slowed by the benchmark's own busy event loop
// (the simulated editors and the upload run on the main thread).
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, headers, connect } = workerData;
const ws = new WebSocket(url, { headers });
const pings = [];
let connected = false;
let measuring = false;
let waiting = false;
let sentAt = 0;
const types = (message) => (message.type === 'data' && Array.isArray(message.data) ? message.data.map((m) => m.type) : [message.type]);
ws.on('open', () => ws.send(JSON.stringify(connect)));
ws.on('message', (data) => {
  const received = types(JSON.parse(String(data)));
  if (!connected && received.includes('connect')) {
    connected = true;
    parentPort.postMessage({ type: 'ready' });
  }
  if (waiting && received.includes('pong')) {
    waiting = false;
    if (measuring) pings.push(performance.now() - sentAt);
  }
});
const timer = setInterval(() => {
  if (!connected || waiting || ws.readyState !== WebSocket.OPEN) return;
  waiting = true;
  sentAt = performance.now();
  ws.send('{"type":"ping"}');
}, 10);
parentPort.on('message', (message) => {
  if (message === 'start') measuring = true;
  if (message === 'stop') {
    measuring = false;
    clearInterval(timer);
    ws.close();
    parentPort.postMessage({ type: 'pings', pings });
  }
});
