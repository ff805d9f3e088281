import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inline-script-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline script hashes', () => {
  it('hash each inline script exactly as written, and skip scripts loaded from a file', () => {
    const html = `<head><script data-early-start data-x="a b">(() => {\nfetch('/api/auth/me');\n})();</script>
      <script type="module" crossorigin src="/assets/index.js"></script></head><body><script>1</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(`(() => {\nfetch('/api/auth/me');\n})();`), sha('1')]);
    expect(inlineScriptHashes('<script src="/a.js"></script>')).toEqual([]);
  });
});
