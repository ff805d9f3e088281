import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Lister-2030!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('Lister');
    expect(await verifyPassword('Lister-2030!', hash)).toBe(true);
    expect(await verifyPassword('lister-2030!', hash)).toBe(false);
    expect(await verifyPassword('Lister-2030!', 'garbage')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });
});
