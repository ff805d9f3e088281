import type { Decision } from './decision';
import type { Language } from './language';

/** A closed dot vote as the minutes give it: the items ranked by dots, most first (no voters). */
export interface MinutesVote {
  startedAt: string;
  closedAt: string;
  anonymous: boolean;
  /** The part of the board it was about, by name; null: the whole board. */
  about: string | null;
  items: Array<{ id: string; label: string; dots: number }>;
}

/** An anonymous round: its title and the ids of the notes or nodes written in it, never by whom. */
export interface MinutesRound {
  title: string;
  startedAt: string;
  itemIds: string[];
}

/** A slide (frame, plan phase, actor category or group) presented in the meeting, as the server noted it. */
export interface MinutesSlide {
  title: string;
  shownAt: string;
  shownBy: string;
}

/**
 * What happened in the meeting just held on a board (since the last minutes, within the last
 * twelve hours): the time span, who was in the meeting channel, the slides shown, closed votes,
 * rounds, decisions.
 * The editor adds what only it knows (the notes' text, an image of the board).
 */
export interface MeetingRecord {
  board: { id: string; title: string };
  region: { name: string; language: Language };
  startedAt: string;
  endedAt: string;
  present: string[];
  /** Each slide shown, in the order they first came up (each once). */
  slides: MinutesSlide[];
  votes: MinutesVote[];
  rounds: MinutesRound[];
  decisions: Decision[];
}

/** Stored minutes, listed under their board (the files are fetched by their own paths). */
export interface StoredMinutes {
  id: string;
  startedAt: string;
  endedAt: string;
  language: Language;
  createdAt: string;
  createdBy: string | null;
  docxPath: string;
  pdfPath: string;
}

export const minutesLimits = {
  /** Largest Word or PDF file of minutes the server stores. */
  fileBytes: 15 * 1024 * 1024,
  /** How far back "the meeting just held" reaches when no minutes were made before. */
  lookBackMs: 12 * 60 * 60 * 1000,
} as const;
