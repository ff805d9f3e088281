import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten-text';

describe('shortenText', () => {
  it('keeps a text that fits as it is, trimmed', () => {
    expect(shortenText('  Kort notat ', 60)).toBe('Kort notat');
    expect(shortenText('a'.repeat(60), 60)).toBe('a'.repeat(60));
  });

  it('cuts a longer text after its last whole word and says more follows', () => {
    const text = 'Typiske aktører i fire grupper. Endre, slett og legg til slik det passer i regionen deres.';
    const short = shortenText(text, 60);
    expect(short).toBe('Typiske aktører i fire grupper. Endre, slett og legg til…');
    expect(short.length).toBeLessThanOrEqual(60);
  });

  it('leaves no stray comma or space before the ellipsis', () => {
    expect(shortenText('Naboer, grunneiere, lag og foreninger', 22)).toBe('Naboer, grunneiere…');
  });

  it('cuts inside a word only when one word alone is too long', () => {
    expect(shortenText('Planprogramforslagsbehandlingsrunde', 12)).toBe('Planprogram…');
  });
});
