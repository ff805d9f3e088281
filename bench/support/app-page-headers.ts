/** Headers that belong to one response (its body, its caching, the connection), not to how the app serves its pages. */
const perResponse = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'set-cookie',
  'transfer-encoding',
  'vary',
]);

/** Who started a page's navigation, as a browser says in `Sec-Fetch-Site`; undefined when it does not say. */
const fetchSites = ['none', 'same-origin', 'same-site', 'cross-site', undefined] as const;

/** The headers Planrom sends with a page, for the `Sec-Fetch-Site` of the navigation that asks for it. */
export type AppPageHeaders = (fetchSite: string | undefined) => Record<string, string>;

/**
 * The headers a running Planrom sends with its pages, whoever asks: its security headers (content security policy,
 * opener and resource policies, origin-keyed agent cluster and the rest), as it sends them to each kind of navigation
 * (the opener policy depends on who opened the page). A floor served with them opens under the same rules as the
 * app's pages.
 */
export async function appPageHeaders(serverUrl: string): Promise<AppPageHeaders> {
  const bySite = new Map<string | undefined, Record<string, string>>();
  for (const site of fetchSites) {
    const response = await fetch(new URL('/', serverUrl), { headers: site ? { 'sec-fetch-site': site } : {} });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`Planrom's start page answered ${response.status}`);
    bySite.set(site, Object.fromEntries([...response.headers].filter(([name]) => !perResponse.has(name))));
  }
  // A value a browser does not send yet is taken as not said.
  return (fetchSite) => bySite.get(fetchSite) ?? bySite.get(undefined)!;
}
