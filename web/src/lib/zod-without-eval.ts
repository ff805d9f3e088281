import { z } from 'zod';

// Planrom's Content-Security-Policy allows no eval. Before it compiles a faster parser for an
// object schema, zod tries `new Function` once to find out whether eval is allowed; the policy
// refuses it and Chromium reports a violation (`securitypolicyviolation`, and to a report address
// if an operator sets one) on every page, although zod catches the error. `jitless` tells zod not
// to try: it parses as it already did under the policy. Imported first by the entry (main.tsx), so
// it is set before anything parses.
z.config({ jitless: true });
