import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { canvasLimits, type CanvasAssetType } from '../../../shared/canvas-limits';
import { actorOf } from '../../auth/principal';
import { storeCanvasImage } from '../../commands/store-canvas-image';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { canvasAssetOf } from '../../queries/canvas-asset-of';
import { canvasAssetPath } from '../../sync/canvas/canvas-asset-path';
import { imageTypeOf } from '../../sync/canvas/canvas-image-type';
import { authorizeCanvas } from './authorize-canvas';
import { closeWhenRefused } from './close-when-refused';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const unsupportedImage = () => new ApiError(415, 'unsupported_media_type', 'Bare bilder i PNG, JPEG, GIF og WebP kan legges på tavla.');

/**
 * `/api/boards/:boardId/canvas/assets`: images on a canvas board, uploaded to Planrom and served
 * by it (the document holds their address here, never the image itself).
 */
export const canvasAssetRoutes = new Hono<AppEnv>()
  .post(
    '/:boardId/canvas/assets',
    closeWhenRefused,
    bodyLimit({
      maxSize: canvasLimits.maxAssetBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `Bildet er for stort (høyst ${megabytes(canvasLimits.maxAssetBytes)} MB).`);
      },
    }),
    async (c) => {
      const { board } = await authorizeCanvas(c, 'write');
      const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!canvasLimits.assetTypes.includes(declared as CanvasAssetType)) throw unsupportedImage();
      const data = Buffer.from(await c.req.arrayBuffer());
      const mimeType = imageTypeOf(data);
      // What the bytes are decides, not what the sender says they are.
      if (!mimeType) throw unsupportedImage();
      const id = await storeCanvasImage(c.var.db, board.id, { data, mimeType }, actorOf(c.var.principal));
      return c.json({ asset: { id, src: canvasAssetPath(board.id, id), mimeType, size: data.length } }, 201);
    },
  )
  .get('/:boardId/canvas/assets/:assetId', async (c) => {
    const { board } = await authorizeCanvas(c, 'read');
    const row = await canvasAssetOf(c.var.db, board.id, c.req.param('assetId'));
    if (!row) throw notFound('Fant ikke bildet.');
    return c.body(new Uint8Array(row.data), 200, {
      'Content-Type': row.mimeType,
      'Content-Length': String(row.size),
      // An asset never changes under its id; only people with access to the board may fetch it.
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
