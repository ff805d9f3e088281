import type { Page } from 'playwright-core';

/** An exported picture's bytes, and how to read them. */
export interface Picture {
  type: 'png' | 'jpeg';
  bytes: Buffer;
}

/**
 * How many pixels of a picture match, decoded by the browser in the page: those (nearly) of this CSS
 * colour (`{ colour: 'rgb(…)' }`), or the ones in its outermost three rows and columns that are not
 * white (`'ink at the edges'`: what the picture cuts off).
 */
export function countPixels(page: Page, picture: Picture, match: { colour: string } | 'ink at the edges'): Promise<number> {
  return page.evaluate(
    async ({ type, base64, colour }) => {
      const image = new Image();
      image.src = `data:image/${type};base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const [r, g, b] = colour ? (colour.match(/\d+/g)!.map(Number) as [number, number, number]) : [0, 0, 0];
      let count = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (colour) {
            if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 30) count++;
          } else if ((x < 3 || y < 3 || x >= width - 3 || y >= height - 3) && Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 235) count++;
        }
      return count;
    },
    { type: picture.type, base64: picture.bytes.toString('base64'), colour: typeof match === 'object' ? match.colour : null },
  );
}
