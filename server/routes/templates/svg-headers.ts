/**
 * Headers for a generated SVG image. The app-wide Content-Security-Policy (no inline scripts)
 * covers it too, should someone open it on its own; it holds no scripts in any case.
 */
export function svgHeaders(cacheControl: string): Record<string, string> {
  return {
    'Content-Type': 'image/svg+xml; charset=utf-8',
    'Cache-Control': cacheControl,
  };
}
