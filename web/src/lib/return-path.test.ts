import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps paths inside Planrom, with their query', () => {
    expect(safeReturnPath('/samarbeid/abc/medlemmer')).toBe('/samarbeid/abc/medlemmer');
    expect(safeReturnPath('/tavler/1?x=2')).toBe('/tavler/1?x=2');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });

  it('refuses control characters and backslashes, also when percent-encoded (browsers drop a tab or newline, so "/\t/x" is "//x")', () => {
    // As the log-in page reads them from /logg-inn?neste=%2F%09%2Fevil.example and the like.
    for (const raw of [
      '%2F%09%2Fevil.example',
      '%2F%0A%2Fevil.example',
      '%2F%0D%2Fevil.example',
      '%2F%00x',
      '%2F%5Cevil.example',
      '%2F%255C%255Cevil.example',
      '%2F%2509%2Fevil.example',
    ]) {
      const value = new URLSearchParams(`neste=${raw}`).get('neste');
      expect(safeReturnPath(value), raw).toBe('/');
    }
    expect(safeReturnPath('/%E0%A4%A')).toBe('/');
    expect(safeReturnPath('/tavler/%C3%A5')).toBe('/tavler/%C3%A5');
  });

  it('never returns to the log-in or set-up page itself', () => {
    expect(safeReturnPath('/logg-inn?neste=/x')).toBe('/');
    expect(safeReturnPath('/oppsett')).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries the way back as a query parameter', () => {
    expect(loginPath('/samarbeid/abc')).toBe('/logg-inn?neste=%2Fsamarbeid%2Fabc');
    expect(loginPath('/')).toBe('/logg-inn');
    expect(loginPath()).toBe('/logg-inn');
  });
});
