import { describe, expect, it } from 'vitest';
import { moveSlide, orderSlides, sameOrder } from './slide-order';

describe('orderSlides', () => {
  it('is the natural order when nothing is stored', () => {
    expect(orderSlides(['a', 'b', 'c'], undefined)).toEqual(['a', 'b', 'c']);
    expect(orderSlides(['a', 'b', 'c'], 'not a list')).toEqual(['a', 'b', 'c']);
  });

  it('follows the stored order and puts slides it does not name last, in natural order', () => {
    expect(orderSlides(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
  });

  it('drops stored ids that are gone, repeated or not text', () => {
    expect(orderSlides(['a', 'b'], ['x', 'b', 'b', 7, null, 'a'])).toEqual(['b', 'a']);
  });

  it('has no slides when the board has none, whatever is stored', () => {
    expect(orderSlides([], ['a', 'b'])).toEqual([]);
  });
});

describe('moveSlide', () => {
  it('moves a slide one place earlier or later', () => {
    expect(moveSlide(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  });

  it('stops at the ends and ignores unknown ids', () => {
    expect(moveSlide(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 'c', 5)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
});

describe('sameOrder', () => {
  it('tells equal lists from different or missing ones', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], undefined)).toBe(false);
  });
});
