export interface HaproxySettings {
  /** Where HAProxy listens (people open this). */
  bind: string;
  /** The Planrom processes, as host:port. */
  servers: string[];
  /** Settings for a process under test or on a laptop: no log lines at all. */
  quiet?: boolean;
}

/**
 * The HAProxy configuration for several Planrom processes (HAProxy 2.6, Debian 12's `haproxy`).
 *
 * - Board affinity: every request whose path is `/api/boards/<id>/…` (the board's REST routes and
 *   its canvas, diagram and meeting sockets) goes to the process that consistent hashing on the
 *   board id picks, so a board's room lives on one process. When that process is down its boards
 *   move to the others (and only its boards: consistent hashing keeps the rest where they are).
 *   The board's page, `/tavler/<id>`, goes to the same process (the same servers in the same order
 *   hash the same id alike), where the board's room is open to draw its first picture from.
 * - Everything else goes to any process (round robin).
 * - Health: `GET /api/health` every second, every quarter second once a check failed; two
 *   failures take a process out and cut its connections, so its sockets reconnect elsewhere.
 *
 * `deploy/haproxy/planrom.cfg` is this with two processes (a test keeps the two the same).
 */
export function haproxyConfig(settings: HaproxySettings): string {
  const servers = settings.servers.map((address, index) => ({ name: `planrom${index + 1}`, address }));
  return `# Planrom behind HAProxy: several Planrom processes on one database, with board affinity.
# Made by server/cluster/haproxy-config.ts (npm run cluster writes its own from it). See README,
# "Several processes". Each Planrom process runs with PLANROM_CLUSTER=true and TRUST_PROXY=true.

global
${settings.quiet ? '    log stdout format raw local0 emerg' : '    log stdout format raw local0 notice'}
    # No maxconn: HAProxy derives it from the open-files limit (raise that for more connections).

defaults
    mode http
    log global
    option dontlognull
    option forwardfor
    # A process that does not take the connection (just died): try another one.
    option redispatch
    retries 2
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    # Board sockets stay open for hours; the Planrom server sends its own heartbeats.
    timeout tunnel 1h
    timeout http-keep-alive 10s
    timeout http-request 10s

frontend planrom
    bind ${settings.bind}
    # A board's id is the fourth field of its paths: /api/boards/<id>/canvas/sync.
    acl board_path path_reg ^/api/boards/[^/]+(/|$)
    use_backend planrom_boards if board_path
    # And the third of a board's page: /tavler/<id>.
    acl board_page path_reg ^/tavler/[^/]+/?$
    use_backend planrom_board_pages if board_page
    default_backend planrom_any

backend planrom_boards
    balance hash path,field(4,/)
    hash-type consistent
    option httpchk GET /api/health
    http-check expect status 200
    default-server inter 1s fastinter 250ms downinter 1s fall 2 rise 2 on-marked-down shutdown-sessions
${servers.map((s) => `    server ${s.name} ${s.address} check`).join('\n')}

backend planrom_board_pages
    balance hash path,field(3,/)
    hash-type consistent
${servers.map((s) => `    server ${s.name} ${s.address} track planrom_boards/${s.name}`).join('\n')}

backend planrom_any
    balance roundrobin
${servers.map((s) => `    server ${s.name} ${s.address} track planrom_boards/${s.name}`).join('\n')}
`;
}

/** The example shipped in `deploy/haproxy/planrom.cfg`. */
export const exampleHaproxySettings: HaproxySettings = { bind: ':8080', servers: ['127.0.0.1:3001', '127.0.0.1:3002'] };
