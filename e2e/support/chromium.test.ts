import { describe, expect, it } from 'vitest';
import { chromiumMissingInCi } from './chromium';

describe('a missing Chromium', () => {
  it('fails the browser suite in CI, with what to do', () => {
    const message = chromiumMissingInCi({ CI: 'true' }, null);
    expect(message).toContain('No Chromium found');
    expect(message).toContain('apt-get install -y chromium');
    expect(chromiumMissingInCi({ CI: '1' }, null)).not.toBeNull();
  });

  it('only skips (with the warning) outside CI', () => {
    expect(chromiumMissingInCi({}, null)).toBeNull();
    expect(chromiumMissingInCi({ CI: 'false' }, null)).toBeNull();
    expect(chromiumMissingInCi({ CI: '0' }, null)).toBeNull();
  });

  it('is no matter when Chromium is there', () => {
    expect(chromiumMissingInCi({ CI: 'true' }, '/usr/bin/chromium')).toBeNull();
  });
});
