import type { TLAssetStore } from 'tldraw';
import { uploadImage } from '../api/canvas-api';

/**
 * Images go to Planrom and the document keeps their address there, never a data URL: the board
 * stays small and the images are served only to people who may see the board.
 */
export function canvasAssetStore(boardId: string): TLAssetStore {
  return {
    upload: async (_asset, file) => uploadImage(boardId, file),
    resolve: (asset) => asset.props.src,
  };
}
