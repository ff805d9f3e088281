/**
 * What the request helpers of server/lib read from the app's services: only these two settings, so
 * server/lib needs nothing above it (the app's whole `Services` are in server/app-env.ts).
 */
export interface RequestSettings {
  /** Use X-Forwarded-For / X-Forwarded-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Origins allowed to make cookie-authenticated writes besides the request's own. */
  allowedOrigins: string[];
}

/** The part of a Hono env that those helpers need; the app's own `AppEnv` has it. */
export interface RequestSettingsEnv {
  Variables: { services: RequestSettings };
}
