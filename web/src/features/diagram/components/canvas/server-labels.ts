import { createContext, type ReactElement } from 'react';

/**
 * Set only while a board's picture is drawn on the server (../../preview/render-preview.tsx):
 * React Flow puts links' labels in a layer of the page through a portal, which a server cannot
 * render, so each label is handed here instead and the picture puts them in that layer.
 */
export const ServerLabelsContext = createContext<ReactElement[] | null>(null);
