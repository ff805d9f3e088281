/** Query keys in one place, so a change to a board can refresh its region's lists too. */
export const queryKeys = {
  /** Who is signed in (or visiting as a guest), from `GET /api/auth/me`. */
  me: () => ['auth', 'me'] as const,
  sessions: () => ['auth', 'sessions'] as const,
  regions: () => ['regions'] as const,
  region: (regionId: string) => ['regions', regionId] as const,
  boards: (regionId: string, archived: 'false' | 'only') => ['regions', regionId, 'boards', archived] as const,
  allBoards: (regionId: string) => ['regions', regionId, 'boards'] as const,
  members: (regionId: string) => ['regions', regionId, 'members'] as const,
  invitations: (regionId: string) => ['regions', regionId, 'invitations'] as const,
  board: (boardId: string) => ['boards', boardId] as const,
  shareLinks: (boardId: string) => ['boards', boardId, 'share-links'] as const,
  invitationPreview: (token: string) => ['invitation', token] as const,
  /** The guide's worksheets (the same for every region). */
  templates: () => ['templates'] as const,
  /** A region's path through the guide (under the region, so board changes refresh it). */
  toolkit: (regionId: string) => ['regions', regionId, 'toolkit'] as const,
  regionTemplates: (regionId: string) => ['regions', regionId, 'templates'] as const,
  template: (templateId: string) => ['templates', templateId] as const,
  /** A region's barometer rounds with their anonymous results. */
  barometer: (regionId: string) => ['regions', regionId, 'barometer'] as const,
  /** A board's decisions, and a region's (under the region, so board changes refresh it). */
  boardDecisions: (boardId: string) => ['boards', boardId, 'decisions'] as const,
  /** Minutes stored with a board. */
  boardMinutes: (boardId: string) => ['boards', boardId, 'minutes'] as const,
  regionDecisions: (regionId: string) => ['regions', regionId, 'decisions'] as const,
  /** The caller's own answers to a barometer round. */
  myBarometerAnswers: (regionId: string, roundId: string) => ['regions', regionId, 'barometer', roundId, 'mine'] as const,
};
