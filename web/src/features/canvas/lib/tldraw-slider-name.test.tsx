// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { TldrawUiSlider } from 'tldraw';
import { describe, expect, it } from 'vitest';

/**
 * tldraw's slider (the style panel's opacity) names its thumb in a timeout after mounting, so for a
 * moment a screen reader meets an unnamed slider and axe reports it. patches/tldraw+*.patch names it
 * from the first render. The server renderer runs no effects or timeouts: what it prints is the
 * first render. This fails if an upgrade drops the patch.
 */
describe('tldraw slider (patched to be named from its first render)', () => {
  it('has an accessible name before any effect has run', () => {
    const html = renderToStaticMarkup(
      <TldrawUiSlider title="Gjennomsiktighet" label="style-panel.opacity" steps={4} value={2} onValueChange={() => undefined} />,
    );
    expect(html).toMatch(/class="tlui-slider__thumb"/);
    expect(html).toMatch(/aria-label="Gjennomsiktighet — [^"]+"/);
  });
});
