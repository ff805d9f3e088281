import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy sources (`'sha256-…'`) that allow exactly the inline scripts of a
 * page, and no other: the web app's index.html has one, the boot script that starts a board's
 * requests while the page is parsed (web/src/boot/early-start.ts).
 * @param html the page as it is served
 * @returns one hash source per inline script, in page order
 */
export function inlineScriptHashes(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''));
  return scripts.map(
    ([, , body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}'`,
  );
}
