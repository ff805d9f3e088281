/** The administrator every benchmark server starts with. */
export const benchAdmin = { email: 'bench@planrom.test', password: 'bench-passord-1', name: 'Bench' };

export const benchAdminEnv = {
  PLANROM_ADMIN_EMAIL: benchAdmin.email,
  PLANROM_ADMIN_PASSWORD: benchAdmin.password,
  PLANROM_ADMIN_NAME: benchAdmin.name,
  LOG_LEVEL: 'error',
};
