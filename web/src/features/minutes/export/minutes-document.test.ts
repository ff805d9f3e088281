import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { nb, nn } from '../../../../../shared/i18n/index';
import type { MeetingRecord } from '../../../../../shared/schemas/minutes';
import { minutesDocument } from './minutes-document';

const record: MeetingRecord = {
  board: { id: 'b', title: 'Planforum' },
  region: { name: 'Lister', language: 'nn' },
  startedAt: '2026-11-03T08:00:00.000Z',
  endedAt: '2026-11-03T09:30:00.000Z',
  present: ['Ada Administrator', 'Mia Medlem'],
  slides: [
    { title: 'Forarbeid', shownAt: '2026-11-03T08:05:00.000Z', shownBy: 'Ada Administrator' },
    { title: 'Høyring', shownAt: '2026-11-03T08:07:00.000Z', shownBy: 'Ada Administrator' },
  ],
  votes: [
    {
      startedAt: '2026-11-03T08:10:00.000Z',
      closedAt: '2026-11-03T08:20:00.000Z',
      anonymous: true,
      about: 'Hva vil vi oppnå sammen?',
      items: [
        { id: 'b', label: 'Veier', dots: 2 },
        { id: 'a', label: 'Kart', dots: 1 },
      ],
    },
  ],
  rounds: [{ title: 'Innspill', startedAt: '2026-11-03T08:30:00.000Z', itemIds: ['z', 'y', 'gone'] }],
  decisions: [],
};

describe('the minutes document', () => {
  it('is written in the region’s language, ranks votes, sorts round notes by text and keeps no empty section silent', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nn', resources: { nb: { translation: nb }, nn: { translation: nn } }, interpolation: { escapeValue: false } });
    const blocks = minutesDocument(
      record,
      new Map([
        ['z', 'Åpne møter'],
        ['y', 'Betre kart'],
      ]),
      null,
      i18n.getFixedT('nn'),
    );
    const text = blocks.map((block) => ('text' in block ? block.text : '[bilete]'));
    expect(text[0]).toBe('Referat: Planforum');
    expect(text).toContain('Tid: 3. november 2026, kl. 09:00–10:30');
    expect(text).toContain('Til stades');
    const shown = text.indexOf('Vist i møtet');
    expect(text.slice(shown + 1, shown + 3)).toEqual(['kl. 09:05: Forarbeid (vist av Ada Administrator)', 'kl. 09:07: Høyring (vist av Ada Administrator)']);
    // A vote over a part of the board says which, under its heading.
    const vote = text.indexOf('Avrøysting 1 (rangert etter talet på prikkar)');
    expect(text.slice(vote + 1, vote + 4)).toEqual(['Galdt «Hva vil vi oppnå sammen?».', '1. Veier: 2 prikkar', '2. Kart: 1 prikk']);
    const round = text.indexOf('Runde: Innspill');
    expect(text.slice(round + 1, round + 4)).toEqual(['(lappen er fjerna frå tavla)', 'Betre kart', 'Åpne møter'].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(text).toContain('Ingen vedtak.');
  });
});
