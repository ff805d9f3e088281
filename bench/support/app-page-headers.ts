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

/**
 * The headers a running Planrom sends with every page it serves, whoever asks: its security headers (content security
 * policy, opener and resource policies, origin-keyed agent cluster and the rest). A floor served with them opens under
 * the same rules as the app's pages.
 */
export async function appPageHeaders(serverUrl: string): Promise<Record<string, string>> {
  const response = await fetch(new URL('/', serverUrl));
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`Planrom's start page answered ${response.status}`);
  return Object.fromEntries([...response.headers].filter(([name]) => !perResponse.has(name)));
}
