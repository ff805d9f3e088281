import { ApiClient } from '../../server/test/api-client';

/** The administrator every benchmark server starts with. */
export const benchAdmin = { email: 'bench@planrom.test', password: 'bench-passord-1', name: 'Bench' };

export const benchAdminEnv = {
  PLANROM_ADMIN_EMAIL: benchAdmin.email,
  PLANROM_ADMIN_PASSWORD: benchAdmin.password,
  PLANROM_ADMIN_NAME: benchAdmin.name,
  LOG_LEVEL: 'error',
};

/** Logs the bench administrator in to a Planrom started with `benchAdminEnv`, and finds the demo region. */
export async function logInBenchAdmin(server: { url: string }): Promise<{ api: ApiClient; regionId: string }> {
  const api = await new ApiClient(server.url).login(benchAdmin.email, benchAdmin.password);
  const regionId = (await api.get('/api/regions')).body.regions[0].id as string;
  return { api, regionId };
}
