import type { PrincipleNumber } from '../../../../../shared/barometer/principles';

/** The catalogue key of a principle's title or statement (principles come from the API as plain numbers). */
export const principleKey = (principle: number, part: 'title' | 'statement') => `barometer.principle.${principle as PrincipleNumber}.${part}` as const;

/** The catalogue key of a point on the scale; 0 is "don't know". */
export const scaleKey = (score: number) => `barometer.scale.${score as 0 | 1 | 2 | 3 | 4 | 5}` as const;
