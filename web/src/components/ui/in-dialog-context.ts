import { createContext } from 'react';

/** True inside a dialog, where a danger button is the action itself and so gets a filled style. */
export const InDialogContext = createContext(false);
