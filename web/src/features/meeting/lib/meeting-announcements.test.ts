import { describe, expect, it } from 'vitest';
import type { MeetingRound, MeetingState, MeetingVote } from '../../../../../shared/meeting/meeting-state';
import { meetingAnnouncements } from './meeting-announcements';

const quiet: MeetingState = {
  presenter: null,
  youPresent: false,
  timer: { durationMs: 0, running: false, endsAt: null, remainingMs: 0 },
  vote: null,
  rounds: [],
};

const vote = (changes: Partial<MeetingVote> = {}): MeetingVote => ({
  id: 'v1',
  status: 'open',
  dotsPerPerson: 3,
  anonymous: false,
  about: null,
  items: [
    { id: 'a', label: 'NVE', count: 0, voters: [] },
    { id: 'b', label: 'Naboer', count: 0, voters: [] },
  ],
  myDots: {},
  voterCount: 0,
  startedBy: 'Ada Administrator',
  ...changes,
});

const round = (changes: Partial<MeetingRound> = {}): MeetingRound => ({
  id: 'r1',
  title: 'Innspill',
  status: 'open',
  revealed: false,
  startedAt: 0,
  items: [],
  ...changes,
});

const withVote = (v: MeetingVote | null): MeetingState => ({ ...quiet, vote: v });
const withRounds = (...rounds: MeetingRound[]): MeetingState => ({ ...quiet, rounds });

describe('meetingAnnouncements', () => {
  it('says nothing about the meeting as the person finds it', () => {
    expect(meetingAnnouncements(null, withVote(vote()))).toEqual([]);
    expect(meetingAnnouncements(withVote(vote()), withVote(vote()))).toEqual([]);
  });

  it('tells that a vote started, closed and was cleared', () => {
    expect(meetingAnnouncements(quiet, withVote(vote()))).toEqual([{ key: 'vote-started', count: 3 }]);
    expect(meetingAnnouncements(withVote(vote()), withVote(vote({ status: 'closed' })))).toEqual([{ key: 'vote-closed' }]);
    expect(meetingAnnouncements(withVote(vote({ status: 'closed' })), quiet)).toEqual([{ key: 'vote-cleared' }]);
    // A new vote started over a closed one that was still shown.
    expect(meetingAnnouncements(withVote(vote({ status: 'closed' })), withVote(vote({ id: 'v2', dotsPerPerson: 1 })))).toEqual([
      { key: 'vote-started', count: 1 },
    ]);
  });

  it('tells the voter where their dot went and how many are left, and not when others vote', () => {
    const before = withVote(vote({ myDots: { a: 1 } }));
    expect(meetingAnnouncements(before, withVote(vote({ myDots: { a: 1, b: 1 } })))).toEqual([{ key: 'dot-given', label: 'Naboer', left: '1' }]);
    expect(meetingAnnouncements(before, withVote(vote({ myDots: {} })))).toEqual([{ key: 'dot-taken', label: 'NVE', left: '3' }]);
    expect(meetingAnnouncements(before, withVote(vote({ myDots: { a: 1 }, voterCount: 2 })))).toEqual([]);
  });

  it('tells that a round started, ended (with how many notes) and was revealed', () => {
    expect(meetingAnnouncements(quiet, withRounds(round()))).toEqual([{ key: 'round-started', title: 'Innspill' }]);
    const ended = round({ status: 'closed', items: [{ itemId: 'n1', author: null, mine: false }] });
    expect(meetingAnnouncements(withRounds(round()), withRounds(ended))).toEqual([{ key: 'round-ended', title: 'Innspill', count: 1 }]);
    expect(meetingAnnouncements(withRounds(ended), withRounds({ ...ended, revealed: true }))).toEqual([{ key: 'round-revealed', title: 'Innspill' }]);
    // A round that appears already closed (its start and end both missed) is not news.
    expect(meetingAnnouncements(quiet, withRounds(ended))).toEqual([]);
  });
});
