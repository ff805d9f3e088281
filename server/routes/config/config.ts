import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

/**
 * `GET /api/config`: what the web app needs to know at run time, so one build serves any host.
 * The tldraw license key is public by design (it is bound to the domains it was issued for and
 * ends up in every browser that opens a board). The canvas limits are the operator's, so the
 * messages about them say the numbers that hold here.
 */
export const configRoutes = new Hono<AppEnv>().get('/', (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(c.var.services.webConfig);
});
