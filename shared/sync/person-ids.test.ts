import { describe, expect, it } from 'vitest';
import { canvasGuestId, canvasUserRecordId, isCanvasPresenceOf } from './person-ids';

describe('isCanvasPresenceOf: whose pointer a canvas presence is', () => {
  const kari = { id: 'a3f1c2d4-account', name: 'Kari Nordmann' };
  const guest = { id: 'gjest-0a1b2c3d4e5f', name: 'Ola fra Statsforvalteren' };
  // As the server stamps a presence (server/sync/canvas/canvas-identity.ts).
  const presenceOf = (attributionId: string) => canvasUserRecordId(attributionId);

  it('matches an account by its id, not by a name someone else has too', () => {
    expect(isCanvasPresenceOf(presenceOf(kari.id), kari)).toBe(true);
    expect(isCanvasPresenceOf(presenceOf('another-account'), kari)).toBe(false);
    expect(isCanvasPresenceOf(presenceOf(canvasGuestId('Kari Nordmann')), kari)).toBe(false);
  });

  it('matches a guest by the canvas id of their name, which is all a canvas knows of them', () => {
    expect(isCanvasPresenceOf(presenceOf(canvasGuestId(guest.name)), guest)).toBe(true);
    expect(isCanvasPresenceOf(presenceOf(canvasGuestId('Ola')), guest)).toBe(false);
    expect(isCanvasPresenceOf(presenceOf('some-account'), guest)).toBe(false);
  });
});
