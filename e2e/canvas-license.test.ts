import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { admin, adminEnv, ApiSession, chromiumPath, freePort, startTestServer, type TestServer } from './support/index';

const hasOpenssl = existsSync('/usr/bin/openssl');

/**
 * tldraw hides its editor when it runs in production (https, a real host name) without a valid
 * license key. Planrom must then say so to the operator in Norwegian instead of showing a blank
 * board. The server runs behind a small TLS proxy at https://planrom.test (a self-signed
 * certificate, and Chromium told that planrom.test is this machine).
 */
describe.skipIf(!chromiumPath || !hasOpenssl)('canvas without a tldraw license in production', () => {
  let server: TestServer;
  let proxy: Server;
  let browser: Browser;
  let publicUrl: string;
  let boardId: string;
  const certDir = mkdtempSync(join(tmpdir(), 'planrom-tls-'));

  beforeAll(async () => {
    execFileSync(
      '/usr/bin/openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=planrom.test',
        '-keyout',
        join(certDir, 'key.pem'),
        '-out',
        join(certDir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const port = await freePort();
    publicUrl = `https://planrom.test:${port}`;
    server = await startTestServer({ env: { ...adminEnv, PUBLIC_URL: publicUrl } });
    const target = new URL(server.url);
    proxy = createHttpsServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, (req, res) => {
      const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    // WebSockets: replay the upgrade request to the server and splice the two sockets.
    proxy.on('upgrade', (req, socket, head) => {
      const upstream = connect(Number(target.port), target.hostname, () => {
        const headers = Object.entries(req.headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join('\r\n');
        upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
        upstream.write(head);
        socket.pipe(upstream).pipe(socket);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP planrom.test 127.0.0.1`, '--ignore-certificate-errors'],
    });
    const api = await ApiSession.login(server);
    const regionId = (await api.request<{ regions: { id: string }[] }>('/regions')).body.regions[0]!.id;
    boardId = (await api.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Uten lisens', kind: 'canvas' })).body.board.id;
  });

  afterAll(async () => {
    await browser?.close();
    proxy?.close();
    await server?.dispose();
    rmSync(certDir, { recursive: true, force: true });
  });

  it('explains the missing license to the operator in Norwegian instead of a blank board', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    // Log in from the page itself: only Chromium knows where planrom.test is.
    await page.goto(`${publicUrl}/`);
    const status = await page.evaluate(
      async (credentials) =>
        (await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) })).status,
      { email: admin.email, password: admin.password },
    );
    if (status !== 200) throw new Error(`log-in failed: ${status}`);
    await page.goto(`${publicUrl}/tavler/${boardId}`);
    await page.getByTestId('canvas-connection').filter({ hasText: 'Tilkoblet' }).waitFor({ timeout: 30_000 });
    // tldraw decides after a few seconds; then its gate replaces the editor and Planrom explains.
    const notice = page.getByRole('alert').filter({ hasText: 'Lerretet kan ikke vises her ennå' });
    await notice.waitFor({ timeout: 20_000 });
    await notice.getByText('TLDRAW_LICENSE_KEY').waitFor();
    await page.getByTestId('tl-license-expired').waitFor({ state: 'attached' });
    await context.close();
  });
});
