import type { Locator } from 'playwright-core';

/** Relative luminance of a CSS colour as the browser computes it ("rgb(41, 44, 48)"), per WCAG 2.1. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG's contrast ratio between two computed colours (1 for the same colour, 21 for black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export interface FocusRing {
  /** The outline's computed colour and width (0 when there is none). */
  color: string;
  width: number;
  /** The colour it is seen on: the first background of `surface` or what is behind it. */
  background: string;
  /** Their contrast ratio: WCAG 1.4.11 asks 3:1 of what shows the focus. */
  contrast: number;
}

/**
 * The focus ring drawn on `element` (its outline, as every control in Planrom draws it), and how
 * well it stands out from `surface`, the menu or panel it is seen on.
 */
export async function focusRing(element: Locator, surface: Locator): Promise<FocusRing> {
  const outline = await element.evaluate((shown) => {
    const style = getComputedStyle(shown);
    return { color: style.outlineColor, width: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) };
  });
  const background = await surface.evaluate((start) => {
    for (let element: Element | null = start; element; element = element.parentElement) {
      const color = getComputedStyle(element).backgroundColor;
      if (color !== 'transparent' && !/rgba\(.*, 0\)$/.test(color)) return color;
    }
    return 'rgb(255, 255, 255)';
  });
  return { ...outline, background, contrast: contrastRatio(outline.color, background) };
}
