import { describe, expect, it } from 'vitest';
import { meetingClientMessageSchema, meetingLimits, oneLineLabel } from './meeting-protocol';

describe('oneLineLabel', () => {
  it('makes a name from the board a label the channel takes: one line, within the limit', () => {
    expect(oneLineLabel('  Hva vil vi\noppnå\t sammen?\u0007 ')).toBe('Hva vil vi oppnå sammen?');
    expect(oneLineLabel('x'.repeat(500))).toHaveLength(meetingLimits.maxLabelLength);
    const start = (about: string) =>
      meetingClientMessageSchema.safeParse({ type: 'vote/start', dotsPerPerson: 3, anonymous: false, about, items: [{ id: 'a', label: 'A' }] }).success;
    // As it came from the board, the channel refuses it; made one line, it takes it.
    expect(start('Hva vil vi\noppnå sammen?')).toBe(false);
    expect(start(oneLineLabel('Hva vil vi\noppnå sammen?'))).toBe(true);
  });
});
