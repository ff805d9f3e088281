import type { Page } from 'playwright-core';
import { benchAdmin } from './bench-admin';

/** Logs the page's browser context in through the log-in API, with the server's own Origin (as e2e/support/session.ts does). */
export async function logInPage(page: Page, serverUrl: string, credentials: { email: string; password: string } = benchAdmin): Promise<void> {
  const { email, password } = credentials;
  const response = await page.request.post(`${serverUrl}/api/auth/login`, { data: { email, password }, headers: { origin: serverUrl } });
  if (!response.ok()) throw new Error(`log-in failed: ${response.status()} ${await response.text()}`);
}
