export { chromiumPath, launchBrowser } from './chromium';
export { startTestServer, freePort, type TestServer, type TestServerOptions } from './test-server';
export { checkAccessibility, type AxeViolation } from './accessibility';
export { admin, adminEnv, allowClipboard, ApiSession, loginAs, type Credentials } from './session';
export { leavingTheBoard } from './leaving-the-board';
export { boardAction, controlsOutOfPlace, measureWorkspace, openBoardMenu, textCutShort, type WorkspaceMeasure } from './workspace';
export { threeFramesTldr } from './three-frames';
export { diagramSettled, overlappingBoxes, parentsOf } from './diagram-boxes';
export { countPixels, type Picture } from './picture-pixels';
