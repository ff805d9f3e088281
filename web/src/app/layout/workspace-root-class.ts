import { useLayoutEffect } from 'react';

/** The class on `<html>` while the page is a workspace (a board): app/board/workspace.css reads it. */
export const workspaceRootClass = 'workspace-page';

/**
 * Marks the document root while the page is a workspace, before the browser paints. The stylesheet
 * reads this class instead of asking `html:has(.site-main--workspace)`: a `:has()` anchored at the
 * root made every element inserted anywhere recheck it, which cost a canvas board about 3 ms per
 * note measured at opening (bench/open-traces.md).
 */
export function useWorkspaceRootClass(workspace: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.toggle(workspaceRootClass, workspace);
    return () => root.classList.remove(workspaceRootClass);
  }, [workspace]);
}
