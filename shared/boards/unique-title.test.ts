import { describe, expect, it } from 'vitest';
import { limits } from '../limits';
import { uniqueTitle } from './unique-title';

describe('uniqueTitle', () => {
  it('keeps a free title and numbers a taken one from 2', () => {
    expect(uniqueTitle('Vårt formål', [])).toBe('Vårt formål');
    expect(uniqueTitle('Vårt formål', ['Vårt formål'])).toBe('Vårt formål 2');
    expect(uniqueTitle('Vårt formål', ['vårt formål ', 'Vårt formål 2', 'Vårt formål 4'])).toBe('Vårt formål 3');
  });

  it('stays within the longest title allowed', () => {
    const long = 'x'.repeat(limits.boardTitle);
    const next = uniqueTitle(long, [long]);
    expect(next.length).toBeLessThanOrEqual(limits.boardTitle);
    expect(next.endsWith(' 2')).toBe(true);
  });
});
