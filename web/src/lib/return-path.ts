/** The query parameter on the log-in page that says where to go afterwards. */
export const returnParam = 'neste';

/**
 * A path inside Planrom to go back to after logging in, or "/" when the value is missing or could
 * lead elsewhere ("//evil.example", "https://…", "/\\evil"): the log-in page must not become an
 * open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/logg-inn') || value.startsWith('/oppsett')) return '/';
  return value;
}

/** The log-in page, remembering where the person was. */
export function loginPath(returnTo?: string): string {
  const back = safeReturnPath(returnTo);
  return back === '/' ? '/logg-inn' : `/logg-inn?${new URLSearchParams({ [returnParam]: back })}`;
}
