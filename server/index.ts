import { readEnv } from './env';
import { startServer } from './start-server';

try {
  const running = await startServer(readEnv());
  console.log(`Planrom kjører. Åpne ${running.url} i nettleseren.`);
  console.log(`Planrom is running. Open ${running.url} in your browser.`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
