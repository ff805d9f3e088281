/** The query parameter on the log-in page that says where to go afterwards. */
export const returnParam = 'neste';

/** Control characters (C0, DEL, C1): browsers drop tabs and newlines inside a URL, so "/\t/evil" becomes "//evil". */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
const origin = 'https://planrom.invalid';

/**
 * A path inside Planrom to go back to after logging in, or "/" when the value is missing or could
 * lead elsewhere ("//evil.example", "https://…", "/\\evil", "/\t/evil"): the log-in page must not
 * become an open redirect. The value is checked as given and once more percent-decoded: no control
 * characters, no backslashes, and it must resolve to a path on this site.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return '/';
  }
  for (const form of [value, decoded]) {
    if (controlCharacter.test(form) || form.includes('\\') || form.startsWith('//')) return '/';
  }
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname.startsWith('//')) return '/';
  if (url.pathname.startsWith('/logg-inn') || url.pathname.startsWith('/oppsett')) return '/';
  return value;
}

/** The log-in page, remembering where the person was. */
export function loginPath(returnTo?: string): string {
  const back = safeReturnPath(returnTo);
  return back === '/' ? '/logg-inn' : `/logg-inn?${new URLSearchParams({ [returnParam]: back })}`;
}
