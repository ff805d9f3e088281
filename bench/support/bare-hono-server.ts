import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The floor for REST throughput: a bare Hono handler on the same Node adapter that answers with
 * the same JSON Planrom would, with no database, session or validation.
 */
const body = readFileSync(process.env.BODY_FILE!, 'utf8');
const app = new Hono().get('/boards', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => console.log('ready'));
