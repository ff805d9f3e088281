import { describe, expect, it } from 'vitest';
import { nextAnnouncement, silentRegions, type AnnouncementTurns } from './announcement-turns';

describe('the two live regions taking turns', () => {
  it('puts each sentence in the region that said nothing, so a sentence said twice is a change both times', () => {
    const said: AnnouncementTurns[] = [];
    let regions = silentRegions;
    for (const message of ['«Planinitiativ» er slettet. Du kan angre.', 'Angret.', 'Angret.', 'Angret.']) {
      const next = nextAnnouncement(regions, message);
      said.push(next);
      // The region that reads the sentence out said something else (nothing) the moment before.
      const speaking = next.indexOf(message);
      expect(regions[speaking]).toBe('');
      regions = next;
    }
    expect(said).toEqual([
      ['', '«Planinitiativ» er slettet. Du kan angre.'],
      ['Angret.', ''],
      ['', 'Angret.'],
      ['Angret.', ''],
    ]);
  });

  it('always leaves one region silent and the other saying the last sentence', () => {
    let regions = silentRegions;
    for (const message of ['Ett element er slettet. Du kan angre.', 'Gjort om.', 'Gjort om.']) {
      regions = nextAnnouncement(regions, message);
      expect([...regions].sort()).toEqual(['', message]);
    }
  });
});
