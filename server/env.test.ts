import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  it('has defaults that run Planrom on an embedded database on port 3000', () => {
    expect(readEnv({})).toMatchObject({ PORT: 3000, HOST: 'localhost', DATABASE_URL: 'file:./data/planrom.db', PLANROM_DEMO: true, PLANROM_CLUSTER: false });
  });

  it('keeps both kinds of board room loaded half a minute after the last person left', () => {
    expect(readEnv({})).toMatchObject({ CANVAS_ROOM_IDLE_SECONDS: 30, DIAGRAM_ROOM_IDLE_SECONDS: 30 });
    expect(readEnv({ DIAGRAM_ROOM_IDLE_SECONDS: '1.5' }).DIAGRAM_ROOM_IDLE_SECONDS).toBe(1.5);
  });

  it('accepts libSQL server URLs with a token', () => {
    expect(readEnv({ DATABASE_URL: 'libsql://planrom.example.no', DATABASE_AUTH_TOKEN: 't' })).toMatchObject({
      DATABASE_URL: 'libsql://planrom.example.no',
      DATABASE_AUTH_TOKEN: 't',
      DATABASE_REPLICA_PATH: './data/replica.db',
    });
    expect(readEnv({ DATABASE_URL: 'libsql://planrom.example.no', DATABASE_REPLICA_PATH: '/var/lib/planrom/replica-2.db' })).toMatchObject({
      DATABASE_REPLICA_PATH: '/var/lib/planrom/replica-2.db',
    });
  });

  it('explains what is wrong with bad configuration', () => {
    expect(() => readEnv({ PORT: 'abc', DATABASE_URL: 'postgres://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});
