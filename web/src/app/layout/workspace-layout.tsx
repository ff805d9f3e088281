import { createContext, useContext, useEffect } from 'react';

/**
 * A board page is a workspace: it replaces the site's banner with its own slim bar (rendered into
 * `banner`, before the main area, so it is still the page's banner landmark), drops the footer and
 * lets the editor fill the window. It asks for this only once its board is there; loading and
 * "not found" keep the ordinary page.
 */
export interface WorkspaceLayout {
  /** Where the workspace's bar goes, while the page is a workspace. */
  banner: HTMLElement | null;
  setWorkspace: (on: boolean) => void;
}

export const WorkspaceLayoutContext = createContext<WorkspaceLayout>({ banner: null, setWorkspace: () => {} });

/** Makes the page a workspace while `on` (and the component is mounted); returns where its bar goes. */
export function useWorkspaceLayout(on: boolean): HTMLElement | null {
  const { banner, setWorkspace } = useContext(WorkspaceLayoutContext);
  useEffect(() => {
    if (!on) return;
    setWorkspace(true);
    return () => setWorkspace(false);
  }, [on, setWorkspace]);
  return on ? banner : null;
}
