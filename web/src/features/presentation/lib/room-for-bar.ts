/** The gap between the presentation's controls and the bottom of the screen (`.presentation-bar`'s 0.75rem). */
const barGap = 12;

/**
 * The room to keep under a slide, in screen pixels, so that the presentation's controls do not
 * cover its bottom: the bar's height (`fallback` before it is drawn) with its gap below and above.
 */
export function roomForBar(stage: HTMLElement | null, fallback: number): number {
  const bar = stage?.querySelector('.presentation-bar')?.getBoundingClientRect().height || fallback;
  return Math.ceil(bar + barGap * 2);
}
