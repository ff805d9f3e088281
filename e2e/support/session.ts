import type { BrowserContext, Page } from 'playwright-core';
import type { TestServer } from './test-server';

export interface Credentials {
  email: string;
  password: string;
}

/** The instance administrator every browser test server starts with (see `adminEnv`). */
export const admin = { email: 'admin@planrom.test', password: 'et-langt-admin-passord', name: 'Ada Administrator' } as const;

/** Pass to `startTestServer({ env: adminEnv })`: the server creates the administrator at start. */
export const adminEnv: Record<string, string> = {
  PLANROM_ADMIN_EMAIL: admin.email,
  PLANROM_ADMIN_PASSWORD: admin.password,
  PLANROM_ADMIN_NAME: admin.name,
};

/**
 * Logs the page's browser context in, through the same API call the log-in form makes. The Origin
 * header is the server's own, as a browser would send it (the server refuses cross-origin writes).
 */
export async function loginAs(page: Page, server: TestServer, credentials: Credentials = admin): Promise<void> {
  const response = await page.request.post(`${server.url}/api/auth/login`, {
    data: { email: credentials.email, password: credentials.password },
    headers: { origin: server.url },
  });
  if (!response.ok()) throw new Error(`log-in as ${credentials.email} failed: ${response.status()} ${await response.text()}`);
}

/** Gives a browser context (fresh or used) the permission to write to the clipboard on the server's pages. */
export async function allowClipboard(context: BrowserContext, server: TestServer): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
}

/**
 * A cookie-keeping HTTP client for setting up tests through the API: it logs in (or registers,
 * or opens a share link) and sends its session cookie and the server's Origin with every request.
 * `fetch` has the signature of the global fetch, so helpers written for it keep working.
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly server: TestServer) {}

  /** A session logged in as this account (the administrator by default). */
  static async login(server: TestServer, credentials: Credentials = admin): Promise<ApiSession> {
    const session = new ApiSession(server);
    const response = await session.fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    });
    if (!response.ok) throw new Error(`log-in as ${credentials.email} failed: ${response.status} ${await response.text()}`);
    return session;
  }

  readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('origin', this.server.url);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (!name) continue;
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  };

  /** The id of Lister, the demo region every test server starts with. */
  async demoRegionId(): Promise<string> {
    const { body } = await this.request<{ regions: Array<{ id: string; name: string }> }>('/regions');
    const lister = body.regions.find((region) => region.name === 'Lister');
    if (!lister) throw new Error('the demo region Lister is missing: was the server started with its demo?');
    return lister.id;
  }

  /** Calls `/api<path>` with an optional JSON body; the body comes back parsed (null for 204). */
  async request<T = any>(path: string, method = 'GET', json?: unknown): Promise<{ status: number; body: T }> {
    const response = await this.fetch(`${this.server.url}/api${path}`, {
      method,
      headers: json === undefined ? {} : { 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { status: response.status, body: (response.status === 204 ? null : await response.json()) as T };
  }
}
