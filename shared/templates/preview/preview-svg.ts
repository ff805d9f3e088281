import type { PreviewModel, PreviewShape } from './preview-model';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

const round = (value: number) => Math.round(value * 10) / 10;

/** The label cut to what fits across `width` at `fontSize` (about half an em per character). */
function fitLabel(label: string, width: number, fontSize: number): string {
  const room = Math.floor(width / (fontSize * 0.55));
  if (room < 2) return '';
  return label.length <= room ? label : `${label.slice(0, room - 1).trimEnd()}…`;
}

function drawShape(shape: PreviewShape, labelSize: number): string {
  const x = round(shape.x);
  const y = round(shape.y);
  const w = round(Math.max(shape.w, 1));
  const h = round(Math.max(shape.h, 1));
  switch (shape.kind) {
    case 'area': {
      const size = shape.level ? labelSize * 0.6 : labelSize;
      const label = shape.label ? fitLabel(shape.label, shape.w, size) : '';
      const text = label ? `<text x="${x}" y="${round(y - size * 0.35)}" font-size="${round(size)}" fill="#1d1d1d">${escapeXml(label)}</text>` : '';
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${round(labelSize / 4)}" fill="#ffffff" stroke="${shape.color}" stroke-width="${round(labelSize / 8)}"/>${text}`;
    }
    case 'note':
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${shape.color}" fill-opacity="0.55" stroke="${shape.color}" stroke-width="2"/>`;
    case 'ellipse':
      return `<ellipse cx="${round(shape.x + shape.w / 2)}" cy="${round(shape.y + shape.h / 2)}" rx="${round(w / 2)}" ry="${round(h / 2)}" fill="${shape.color}" fill-opacity="0.2" stroke="${shape.color}" stroke-width="3"/>`;
    case 'diamond': {
      const cx = round(shape.x + shape.w / 2);
      const cy = round(shape.y + shape.h / 2);
      return `<polygon points="${cx},${y} ${round(x + w)},${cy} ${cx},${round(y + h)} ${x},${cy}" fill="${shape.color}" fill-opacity="0.2" stroke="${shape.color}" stroke-width="3"/>`;
    }
    case 'text':
      return `<rect x="${x}" y="${round(y + h * 0.3)}" width="${w}" height="${round(h * 0.4)}" rx="${round(h * 0.2)}" fill="${shape.color}" fill-opacity="0.35"/>`;
    case 'rect':
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${shape.color}" fill-opacity="0.18" stroke="${shape.color}" stroke-width="3"/>`;
  }
}

/**
 * Draws a preview as a standalone SVG image, fitted to its content with a margin. Text in it is
 * escaped, and it has no scripts or links: it is served as an image.
 * @param width the width the image is drawn at (its height follows the content's proportions)
 * @returns the SVG document as text
 */
export function previewSvg(model: PreviewModel, width = 480): string {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const shape of model.shapes) {
    xs.push(shape.x, shape.x + shape.w);
    ys.push(shape.y, shape.y + shape.h);
  }
  for (const line of model.lines)
    for (const point of line.points) {
      xs.push(point.x);
      ys.push(point.y);
    }
  const empty = xs.length === 0;
  const minX = empty ? 0 : Math.min(...xs);
  const maxX = empty ? 800 : Math.max(...xs);
  const minY = empty ? 0 : Math.min(...ys);
  const maxY = empty ? 500 : Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY, 400);
  // Headings are sized to the whole picture, so they stay legible when it is drawn small.
  const labelSize = span / 28;
  const margin = labelSize * 1.6;
  const viewBox = { x: minX - margin, y: minY - margin * 1.4, w: maxX - minX + margin * 2, h: maxY - minY + margin * 2.4 };
  const height = Math.round((width * viewBox.h) / viewBox.w);
  const strokeWidth = round(Math.max(2, span / 400));
  const marker = `<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5f6b7a"/></marker>`;
  const lines = model.lines.map((line) => {
    const points = line.points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
    const dash = line.dashed ? ` stroke-dasharray="${strokeWidth * 4} ${strokeWidth * 3}"` : '';
    const head = line.arrow ? ' marker-end="url(#head)"' : '';
    return `<polyline points="${points}" fill="none" stroke="${line.color}" stroke-width="${strokeWidth}"${dash}${head}/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${round(viewBox.x)} ${round(viewBox.y)} ${round(viewBox.w)} ${round(viewBox.h)}" font-family="system-ui, sans-serif">`,
    `<defs>${marker}</defs>`,
    `<rect x="${round(viewBox.x)}" y="${round(viewBox.y)}" width="${round(viewBox.w)}" height="${round(viewBox.h)}" fill="#f8f9fa"/>`,
    ...model.shapes.map((shape) => drawShape(shape, labelSize)),
    ...lines,
    '</svg>',
  ].join('');
}
