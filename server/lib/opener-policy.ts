import { createMiddleware } from 'hono/factory';

/**
 * Who started a navigation, as the browser says in `Sec-Fetch-Site` (a page cannot set it): the person
 * (`none`: the address bar, a bookmark, a link in a mail or chat program) or one of Planrom's own pages.
 */
const startedByThePersonOrPlanrom = new Set(['none', 'same-origin']);

/**
 * The `Cross-Origin-Opener-Policy` for a page, or null for none.
 *
 * Opened from another site (a link or `window.open` there, or a browser that does not say), the page
 * gets `same-origin`, so that site keeps no handle on Planrom's window to send it elsewhere or probe it.
 *
 * Opened by the person or from Planrom itself, there is no other site's page to cut off, and
 * the policy would only cost: Chromium moves such a page out of the tab's renderer into a new one,
 * up to 0.2 s on every fresh tab (bench/open-traces.md, seventeenth and nineteenth rounds). The one
 * window it would still guard is one another site opened and the person then typed Planrom's address
 * into; that site could already show anything it liked in its own window.
 */
export function openerPolicyFor(fetchSite: string | undefined): string | null {
  return fetchSite && startedByThePersonOrPlanrom.has(fetchSite) ? null : 'same-origin';
}

/** Sets the opener policy on every HTML page (it means nothing for other responses). */
export const openerPolicy = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.get('content-type')?.startsWith('text/html')) return;
  c.res.headers.append('Vary', 'Sec-Fetch-Site');
  const policy = openerPolicyFor(c.req.header('sec-fetch-site'));
  if (policy) c.res.headers.set('Cross-Origin-Opener-Policy', policy);
});
