import { placePreview } from './place-preview';

// The inline script's entry (web/build/diagram-preview-plugin.ts).
placePreview();
