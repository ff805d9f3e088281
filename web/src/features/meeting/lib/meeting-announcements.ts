import type { MeetingRound, MeetingState, MeetingVote } from '../../../../../shared/meeting/meeting-state';

/** What changed in the meeting, to be said to a screen-reader user; `key` is under `meeting.announce`. */
export type MeetingAnnouncement =
  | { key: 'vote-started'; count: number }
  | { key: 'vote-closed' }
  | { key: 'vote-cleared' }
  | { key: 'dot-given' | 'dot-taken'; label: string; left: string }
  | { key: 'round-started'; title: string }
  | { key: 'round-ended'; title: string; count: number }
  | { key: 'round-revealed'; title: string };

/**
 * What to say when the meeting's state goes from `before` to `after`: a vote or round that starts
 * or ends (whoever started or ended it), and the dot this person just gave or took back. Nothing
 * for the first state: that is the meeting as the person finds it, and the panels show it.
 * The panels' own texts change in place without being read; this is the one place that speaks.
 */
export function meetingAnnouncements(before: MeetingState | null, after: MeetingState | null): MeetingAnnouncement[] {
  if (!before || !after) return [];
  return [...voteAnnouncements(before.vote, after.vote), ...roundAnnouncements(before.rounds, after.rounds)];
}

function voteAnnouncements(before: MeetingVote | null, after: MeetingVote | null): MeetingAnnouncement[] {
  if (before?.id !== after?.id) {
    if (after?.status === 'open') return [{ key: 'vote-started', count: after.dotsPerPerson }];
    return after ? [] : [{ key: 'vote-cleared' }];
  }
  if (!before || !after) return [];
  if (before.status === 'open' && after.status === 'closed') return [{ key: 'vote-closed' }];
  if (after.status !== 'open') return [];
  const changed = after.items.find((item) => dotsOn(after, item.id) !== dotsOn(before, item.id));
  if (!changed) return [];
  const placed = Object.values(after.myDots).reduce((sum, dots) => sum + dots, 0);
  return [
    {
      key: dotsOn(after, changed.id) > dotsOn(before, changed.id) ? 'dot-given' : 'dot-taken',
      label: changed.label,
      left: String(after.dotsPerPerson - placed),
    },
  ];
}

function roundAnnouncements(before: MeetingRound[], after: MeetingRound[]): MeetingAnnouncement[] {
  return after.flatMap((round): MeetingAnnouncement[] => {
    const was = before.find((candidate) => candidate.id === round.id);
    if (round.status === 'open' && was?.status !== 'open') return [{ key: 'round-started', title: round.title }];
    if (!was) return [];
    if (round.status === 'closed' && was.status === 'open') return [{ key: 'round-ended', title: round.title, count: round.items.length }];
    if (round.revealed && !was.revealed) return [{ key: 'round-revealed', title: round.title }];
    return [];
  });
}

function dotsOn(vote: MeetingVote, itemId: string): number {
  return vote.myDots[itemId] ?? 0;
}
