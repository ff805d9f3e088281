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
