import { z } from 'zod';
import { principleNumbers } from '../barometer/principles';
import { calendarDaySchema } from './calendar-day';

export const barometerLimits = {
  roundTitle: 120,
  comment: 1000,
} as const;

const principleSchema = z.number().int().min(1).max(principleNumbers.length);

/** A coordinator opens a round: its title and the last day members can answer (Norwegian time). */
export const openBarometerRoundSchema = z.object({
  title: z.string().trim().min(1).max(barometerLimits.roundTitle),
  closesOn: calendarDaySchema,
});
export type OpenBarometerRound = z.infer<typeof openBarometerRoundSchema>;

/** One principle's answer: a score from 1 to 5 and an optional comment. */
export const barometerAnswerSchema = z.object({
  principle: principleSchema,
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(barometerLimits.comment).optional(),
});
export type BarometerAnswer = z.infer<typeof barometerAnswerSchema>;

/** A member's answers to a round, replacing any they gave before; a principle left out is "don't know". */
export const submitBarometerAnswersSchema = z.object({
  answers: z
    .array(barometerAnswerSchema)
    .min(1)
    .max(principleNumbers.length)
    .refine((answers) => new Set(answers.map((a) => a.principle)).size === answers.length, {
      message: 'Hvert prinsipp kan bare besvares én gang.',
      // The server gives the region's language (`api-fields.duplicate-principle`).
      params: { text: 'duplicate-principle' },
    }),
});
export type SubmitBarometerAnswers = z.infer<typeof submitBarometerAnswersSchema>;

/**
 * One principle's result in a closed round. With fewer than three answers only the count is given;
 * comments come sorted by their text, so their order tells nothing about who wrote them.
 */
export interface BarometerPrincipleResult {
  principle: number;
  answers: number;
  /** How many answered 1, 2, 3, 4 and 5; null while too few have answered. */
  distribution: [number, number, number, number, number] | null;
  median: number | null;
  comments: string[];
}

/** A round as everyone in the region sees it: never who answered what. */
export interface BarometerRound {
  id: string;
  title: string;
  /** The last day answers are taken (Norwegian time). */
  closesOn: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  /** How many people have answered at least one principle. */
  respondents: number;
  /** Only for a closed round: results while it is open would let anyone see each new answer. */
  results: BarometerPrincipleResult[] | null;
}
