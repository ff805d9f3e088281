import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

/**
 * tldraw's fonts, icons and translations as files of Planrom's own build (Vite copies each one and
 * gives it a hashed address), so the editor never asks tldraw's CDN or any other host.
 * Made once, outside React, as tldraw asks.
 */
export const tldrawAssetUrls = getAssetUrlsByImport();
