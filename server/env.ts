import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/)/, 'must start with file:, libsql://, http(s):// or ws(s)://')
    .default('file:./data/planrom.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** Seed the demo region "Lister" the first time Planrom starts on an empty database. */
  PLANROM_DEMO: booleanFlag.default(true),
  /** Where the built web app lives (made by `npm run build`). */
  WEB_DIST: z.string().default('dist/web'),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Parses configuration from the environment once, with defaults and readable errors. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== '')),
  );
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Planrom cannot start: invalid configuration\n${problems}`);
  }
  return result.data;
}
