type Level = 'silent' | 'error' | 'info';
const order: Record<Level, number> = { silent: 0, error: 1, info: 2 };
let current: Level = 'info';

/** A deliberately small logger: Planrom runs as one process and logs to standard output. */
export const logger = {
  setLevel(level: Level) {
    current = level;
  },
  info(message: string, ...details: unknown[]) {
    if (order[current] >= order.info) console.log(message, ...details);
  },
  error(message: string, ...details: unknown[]) {
    if (order[current] >= order.error) console.error(message, ...details);
  },
};
