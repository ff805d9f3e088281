import { createMiddleware } from 'hono/factory';

/**
 * For routes that take a file: a refusal (no access, wrong type, too big) is answered before the
 * body is read, and Node then drops the connection rather than read a body nobody wants. Saying
 * `Connection: close` keeps clients from sending their next request on that socket.
 */
export const closeWhenRefused = createMiddleware(async (c, next) => {
  await next();
  if (c.res.status < 400) return;
  try {
    c.res.headers.set('Connection', 'close');
  } catch {
    c.res = new Response(c.res.body, { status: c.res.status, headers: { ...Object.fromEntries(c.res.headers), connection: 'close' } });
  }
});
