import { readEnv } from './env';
import { startServer } from './start-server';

try {
  const running = await startServer(readEnv());
  console.log(`\nPlanrom kjører. Åpne ${running.url} i nettleseren.`);
  console.log(`Planrom is running. Open ${running.url} in your browser.`);
  const setupToken = running.services.setup.token;
  if (setupToken) {
    console.log('\nFørste gang: lag administratorkontoen på denne adressen (koden virker én gang):');
    console.log('First start: create the administrator account here (the code works once):');
    console.log(`  ${running.url}/oppsett#kode=${setupToken}`);
    console.log('Or set PLANROM_ADMIN_EMAIL and PLANROM_ADMIN_PASSWORD before starting (see README).\n');
  } else {
    console.log('Logg inn med administratorkontoen / Log in with the administrator account.\n');
  }
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
