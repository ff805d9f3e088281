import { diagramNb } from '../../../shared/i18n/diagram-nb';
import { diagramNn } from '../../../shared/i18n/diagram-nn';
import { i18n } from './i18n';

// The `diagram` texts (a third of the catalogue) are shown only by the editors, so they come in the
// editors' lazy chunks instead of with every page: importing this module adds them to the app's
// i18next instance before the module that imports it renders anything. Not deep, so the bundled
// catalogue objects are not changed in place.
function addDiagramTexts(): void {
  i18n.addResourceBundle('nb', 'translation', { diagram: diagramNb }, false, true);
  i18n.addResourceBundle('nn', 'translation', { diagram: diagramNn }, false, true);
}

// In the app, initI18n has run long before an editor's chunk loads; a page that imports this before
// calling initI18n itself (the bench's floor pages) gets the texts when it does.
if (i18n.isInitialized) addDiagramTexts();
else i18n.on('initialized', addDiagramTexts);
