/**
 * The parts of designsystemet-web Planrom's Designsystemet components rely on, registered once. The
 * build treats the rest of that package as unused (web/vite.config.ts), so each is imported here:
 * the field (ties label, description and error to the input), the fieldset (its legend and
 * description name the group), the dialog and the `command` invokers (closing by command), and click
 * delegation (a card whose heading is a link can be clicked as a whole; a radio's whole field too).
 * A behaviour added here must also be named in `designsystemetBehavioursUsed` in web/vite.config.ts,
 * or the build drops it as unused.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/invokers';
import '@digdir/designsystemet-web/clickdelegatefor';
