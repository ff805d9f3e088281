import { describe, expect, it } from 'vitest';
import { canContribute, canManageBoard, canManageRegion } from './permissions';

const board = (creatorId: string | null) => ({ createdBy: creatorId ? { id: creatorId, name: 'Kari' } : null });

describe('permissions shown in the interface', () => {
  it('lets coordinators and members work with boards, not observers or outsiders', () => {
    expect(canContribute('koordinator')).toBe(true);
    expect(canContribute('medlem')).toBe(true);
    expect(canContribute('observator')).toBe(false);
    expect(canContribute(null)).toBe(false);
  });

  it('lets only coordinators manage the region', () => {
    expect(canManageRegion('koordinator')).toBe(true);
    expect(canManageRegion('medlem')).toBe(false);
    expect(canManageRegion('observator')).toBe(false);
  });

  it('lets coordinators and the member who made a board share it', () => {
    expect(canManageBoard('koordinator', board('someone-else'), 'me')).toBe(true);
    expect(canManageBoard('medlem', board('me'), 'me')).toBe(true);
    expect(canManageBoard('medlem', board('someone-else'), 'me')).toBe(false);
    expect(canManageBoard('medlem', board(null), 'me')).toBe(false);
    // An observer who once made a board (and was then made observer) may no longer share it.
    expect(canManageBoard('observator', board('me'), 'me')).toBe(false);
  });
});
