import Database from 'libsql';

/**
 * Another process on Planrom's database file, committing canvas changes to one board at a steady
 * rate, as another Planrom process of a cluster (its rooms) would: started by `startOtherProcessWriter`
 * with the file, the board and the rate; tells how many it has committed four times a second. None
 * of its work runs in the measured Planrom process.
 */
const [path, boardId, perSecondText] = process.argv.slice(2);
const perSecond = Number(perSecondText);
const db = new Database(path!, { timeout: 5000 } as never);
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO canvas_changes (board_id, clock, created_at, actor_name, diff) VALUES (?, ?, ?, ?, ?)');
// After the board's own changes, if it has any.
const firstClock = ((db.prepare('SELECT coalesce(max(clock), 0) FROM canvas_changes WHERE board_id = ?').raw(true).get([boardId]) as [number])[0] ?? 0) + 1;
let committed = 0;
const started = performance.now();
// Every 10 ms, as many single-change commits as keep the rate.
setInterval(() => {
  const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
  while (committed < due) {
    committed += 1;
    insert.run(boardId, firstClock + committed - 1, Date.now(), 'Annen prosess', '{"put":{}}');
  }
}, 10);
setInterval(() => process.send!({ committed }), 250);
// Ends with the bench.
process.on('disconnect', () => process.exit(0));
process.send!('ready');
