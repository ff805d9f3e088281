import type { TFunction } from 'i18next';
import { formatClockTime, formatDate } from '../../../../../shared/i18n/format-time';
import type { MeetingRecord } from '../../../../../shared/schemas/minutes';

/** A picture of the board, as a JPEG data URL. */
export interface BoardImage {
  dataUrl: string;
  width: number;
  height: number;
}

/** The minutes as blocks, written once and rendered both as Word and as PDF. */
export type MinutesBlock =
  | { kind: 'title'; text: string }
  | { kind: 'fact'; text: string }
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'image'; image: BoardImage };

/**
 * The minutes of a meeting in the region's language: when, who was there, the board and region,
 * each slide or phase shown, each closed vote ranked, each anonymous round's notes (never their authors), the decisions and
 * an image of the board.
 * @param record what the server knows of the meeting
 * @param labels the text of each note or node on the board now, by id (rounds store only ids)
 * @param t the catalogue of the region's language
 */
export function minutesDocument(record: MeetingRecord, labels: ReadonlyMap<string, string>, image: BoardImage | null, t: TFunction): MinutesBlock[] {
  const language = record.region.language;
  const blocks: MinutesBlock[] = [
    { kind: 'title', text: t('minutes.document.title', { board: record.board.title }) },
    { kind: 'fact', text: t('minutes.document.region', { region: record.region.name }) },
    { kind: 'fact', text: t('minutes.document.board', { board: record.board.title }) },
    {
      kind: 'fact',
      text: t('minutes.document.time', {
        date: formatDate(new Date(record.startedAt), language),
        from: formatClockTime(new Date(record.startedAt), language),
        to: formatClockTime(new Date(record.endedAt), language),
      }),
    },
    { kind: 'heading', level: 1, text: t('minutes.document.present') },
  ];
  if (record.present.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.nobody-present') });
  for (const name of record.present) blocks.push({ kind: 'bullet', text: name });

  blocks.push({ kind: 'heading', level: 1, text: t('minutes.document.slides') });
  if (record.slides.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.no-slides') });
  for (const slide of record.slides) {
    const title = slide.title.trim() || t('minutes.document.slide-untitled');
    blocks.push({
      kind: 'bullet',
      text: t('minutes.document.slide', { time: formatClockTime(new Date(slide.shownAt), language), title, name: slide.shownBy }),
    });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('minutes.document.votes') });
  if (record.votes.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.no-votes') });
  record.votes.forEach((vote, index) => {
    blocks.push({ kind: 'heading', level: 2, text: t('minutes.document.vote', { number: String(index + 1) }) });
    if (vote.about) blocks.push({ kind: 'paragraph', text: t('minutes.document.vote-about', { name: vote.about }) });
    vote.items.forEach((item, rank) => {
      const label = item.label.trim() || t('minutes.document.untitled-item');
      blocks.push({ kind: 'bullet', text: `${rank + 1}. ${t('minutes.document.vote-item', { label, count: item.dots })}` });
    });
  });

  blocks.push({ kind: 'heading', level: 1, text: t('minutes.document.rounds') });
  if (record.rounds.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.no-rounds') });
  for (const round of record.rounds) {
    blocks.push({ kind: 'heading', level: 2, text: round.title ? t('minutes.document.round', { title: round.title }) : t('minutes.document.round-untitled') });
    // Sorted by text, so the order does not tell who wrote which.
    const notes = round.itemIds.map((id) => labels.get(id)?.trim() || t('minutes.document.note-gone')).sort((a, b) => a.localeCompare(b, 'nb'));
    if (notes.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.no-notes') });
    for (const note of notes) blocks.push({ kind: 'bullet', text: note });
  }

  blocks.push({ kind: 'heading', level: 1, text: t('minutes.document.decisions') });
  if (record.decisions.length === 0) blocks.push({ kind: 'paragraph', text: t('minutes.document.no-decisions') });
  for (const decision of record.decisions) {
    blocks.push({
      kind: 'bullet',
      // What on the board it is about, as the board's own list of decisions says.
      text: t(decision.itemLabel ? 'minutes.document.decision-on-item' : 'minutes.document.decision', {
        text: decision.text,
        date: formatDate(new Date(`${decision.decidedOn}T12:00:00Z`), language),
        agreedBy: decision.agreedBy,
        item: decision.itemLabel,
      }),
    });
  }

  if (image) {
    blocks.push({ kind: 'heading', level: 1, text: t('minutes.document.image') });
    blocks.push({ kind: 'image', image });
  }
  return blocks;
}
