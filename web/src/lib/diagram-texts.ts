import { diagramNb } from '../../../shared/i18n/diagram-nb';
import { diagramNn } from '../../../shared/i18n/diagram-nn';
import { i18n } from './i18n';

// The `diagram` texts (a third of the catalogue) are shown only by the editors, so they come in the
// editors' lazy chunks instead of with every page: importing this module adds them to the app's
// i18next instance, before the editor that imports it first renders. Not deep, so the bundled
// catalogue objects are not changed in place.
i18n.addResourceBundle('nb', 'translation', { diagram: diagramNb }, false, true);
i18n.addResourceBundle('nn', 'translation', { diagram: diagramNn }, false, true);
