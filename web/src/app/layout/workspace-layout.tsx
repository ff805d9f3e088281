import { createContext, useContext, useEffect } from 'react';

/**
 * A board page is a workspace: it replaces the site's banner with its own slim bar (rendered into
 * `banner`, before the main area, so it is still the page's banner landmark), drops the footer and
 * lets the editor fill the window. It asks for this only once its board is there; loading and
 * "not found" keep the ordinary page (a board page opened directly starts as a workspace, since the
 * board has nearly always arrived by the first render: app/warm-start.ts).
 */
export interface WorkspaceLayout {
  /** Where the workspace's bar goes, while the page is a workspace. */
  banner: HTMLElement | null;
  setWorkspace: (on: boolean) => void;
}

export const WorkspaceLayoutContext = createContext<WorkspaceLayout>({ banner: null, setWorkspace: () => {} });

/**
 * Makes the page a workspace while `on` (and the component is mounted), and an ordinary page while
 * not (a board page opened directly starts as a workspace); returns where its bar goes.
 */
export function useWorkspaceLayout(on: boolean): HTMLElement | null {
  const { banner, setWorkspace } = useContext(WorkspaceLayoutContext);
  useEffect(() => {
    setWorkspace(on);
    return () => setWorkspace(false);
  }, [on, setWorkspace]);
  return on ? banner : null;
}
