// The web app imports exactly one thing from the server: `type AppType`, for the typed API client.
// To check that type, tsc reads server files that import Node built-ins. These shorthand
// declarations let it do so without giving web code Node's globals (Buffer, process…), which stay
// a type error here. Web code must never import these modules itself.
declare module 'node:fs';
declare module 'node:path';
declare module 'node:url';
declare module 'node:crypto';
