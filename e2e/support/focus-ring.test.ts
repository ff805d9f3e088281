import { describe, expect, it } from 'vitest';
import { contrastRatio } from './focus-ring';

describe('the contrast of a focus ring', () => {
  it('is 1 for white on white, 21 for black on white, and about 14 for Designsystemet’s dark focus colour on white', () => {
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(41, 44, 48)')).toBeGreaterThan(13);
  });
});
