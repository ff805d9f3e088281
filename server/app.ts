import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { limits } from '../shared/limits';
import { diagramLimits } from '../shared/diagram/vocabulary';
import { authenticate } from './auth/authenticate';
import type { DatabaseHandle } from './db/client';
import type { AppEnv, Services } from './app-env';
import { ApiError, notFound } from './lib/errors';
import { handleError } from './lib/handle-error';
import { inlineScriptHashes } from './lib/inline-script-hashes';
import { builtAssets } from './routes/pages/built-assets';
import { boardPageRoutes } from './routes/pages/board-page';
import { boardPageHtml } from './routes/pages/board-page-html';
import { originCheck } from './lib/origin-check';
import { openerPolicy } from './lib/opener-policy';
import { requireJson } from './lib/require-json';
import { accountRoutes } from './routes/account/account';
import { authRoutes } from './routes/auth/auth';
import { invitationRoutes, regionInvitationRoutes } from './routes/invitations/invitations';
import { memberRoutes } from './routes/members/members';
import { boardShareLinkRoutes, guestRoutes, openShareRoutes, shareLinkRoutes } from './routes/share-links/share-links';
import { userRoutes } from './routes/users/users';
import { boardRoutes, regionBoardRoutes } from './routes/boards/boards';
import { diagramRoutes } from './routes/diagram/diagram';
import { diagramSocketRoutes } from './sync/diagram/diagram-socket-routes';
import { healthRoutes } from './routes/health/health';
import { municipalityRoutes } from './routes/municipalities/municipalities';
import { regionRoutes } from './routes/regions/regions';
import { configRoutes } from './routes/config/config';
import { canvasSocketRoutes } from './sync/canvas/canvas-socket-route';
import { meetingSocketRoutes } from './sync/meeting/meeting-socket-route';
import { canvasAssetRoutes } from './routes/canvas/canvas-assets';
import { canvasFileRoutes, regionCanvasImportRoutes } from './routes/canvas/canvas-files';
import { canvasVersionRoutes } from './routes/canvas/canvas-versions';
import { templateRoutes } from './routes/templates/templates';
import { toolkitRoutes } from './routes/templates/toolkit';
import { barometerRoutes } from './routes/barometer/barometer';
import { boardDecisionRoutes, regionDecisionRoutes } from './routes/decisions/decisions';
import { minutesRoutes } from './routes/minutes/minutes';
import { boardTemplateRoutes, regionTemplateRoutes } from './routes/templates/region-templates';

export interface AppOptions {
  database: DatabaseHandle;
  services: Services;
  /** More routes under /api (tests mount probes here). */
  extraApiRoutes?: Hono<any>;
  /** Folder of the built web app; when absent only the API is served. */
  webDist?: string;
}

const jsonBodyLimit = bodyLimit({
  maxSize: limits.jsonBody,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `Forespørselen er for stor (høyst ${limits.jsonBody / 1024} KB).`);
  },
});
// Imported diagram files travel as a string inside JSON, which can take up to twice their size (escaping).
const diagramImportLimit = bodyLimit({
  maxSize: diagramLimits.importBytes * 2,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `Filen er for stor (høyst ${diagramLimits.importBytes / 1024 / 1024} MB).`);
  },
});
const isDiagramImport = (c: Context) => /^\/api\/boards\/[^/]+\/diagram\/import$/.test(c.req.path);

/** Routes that take a file rather than JSON (images, .tldr files); they check type and size themselves. */
const uploadPaths = [/^\/api\/boards\/[^/]+\/canvas\/(assets|import)$/, /^\/api\/boards\/[^/]+\/minutes$/, /^\/api\/regions\/[^/]+\/canvas-import$/];
const isUpload = (c: Context) => uploadPaths.some((pattern) => pattern.test(c.req.path));
const isRead = (c: Context) => c.req.method === 'GET' || c.req.method === 'HEAD';

function apiRoutes(database: DatabaseHandle, services: Services, extra?: Hono<any>) {
  const api = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('db', services.db);
      c.set('services', services);
      await next();
    })
    .use(originCheck)
    // Plain conditions rather than hono/combine's `except`, and nothing for reads: Hono's body limit
    // looks at `c.req.raw.body`, which makes the Node adapter build a whole Request (headers, abort
    // signal) that a GET never needs; under load that was a tenth of a board list's CPU time.
    .use((c, next) => {
      if (isRead(c) || isUpload(c)) return next();
      return isDiagramImport(c) ? diagramImportLimit(c, next) : jsonBodyLimit(c, next);
    })
    .use((c, next) => (isUpload(c) ? next() : requireJson(c, next)))
    .route('/health', healthRoutes(database.client))
    .route('/config', configRoutes)
    .use(authenticate)
    .route('/auth', authRoutes)
    .route('/account', accountRoutes)
    .route('/users', userRoutes)
    .route('/regions', regionRoutes)
    .route('/regions', municipalityRoutes)
    .route('/regions', memberRoutes)
    .route('/regions', regionInvitationRoutes)
    .route('/regions', regionBoardRoutes)
    .route('/invitations', invitationRoutes)
    .route('/boards', boardRoutes)
    .route('/boards', boardShareLinkRoutes)
    .route('/boards', diagramRoutes)
    .route('/boards', diagramSocketRoutes)
    .route('/boards', canvasSocketRoutes)
    .route('/boards', meetingSocketRoutes)
    .route('/boards', canvasAssetRoutes)
    .route('/boards', canvasVersionRoutes)
    .route('/boards', canvasFileRoutes)
    .route('/regions', regionCanvasImportRoutes)
    .route('/templates', templateRoutes)
    .route('/regions', toolkitRoutes)
    .route('/regions', barometerRoutes)
    .route('/regions', regionDecisionRoutes)
    .route('/boards', boardDecisionRoutes)
    .route('/boards', minutesRoutes)
    .route('/regions', regionTemplateRoutes)
    .route('/boards', boardTemplateRoutes)
    .route('/share-links', shareLinkRoutes)
    .route('/share', openShareRoutes)
    .route('/guest', guestRoutes);
  if (extra) api.route('/', extra);
  return api;
}

/** The API's type, for the web app's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof apiRoutes>;

/** Builds the whole Hono application: the API under /api and the web app for everything else. */
export function createApp({ database, services, webDist, extraApiRoutes }: AppOptions) {
  const app = new Hono();
  const dist = webDist ? resolve(webDist) : undefined;
  const indexFile = dist ? join(dist, 'index.html') : undefined;
  const indexHtml = indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined;
  const boardPages = dist && indexHtml ? boardPageHtml(indexHtml, dist) : null;
  app.onError(handleError);
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The page's inline scripts by their hashes (the boot script; a diagram picture's placing
        // script); no other inline script runs.
        scriptSrc: ["'self'", ...(indexHtml ? inlineScriptHashes(indexHtml + (boardPages?.inlineScripts.join('') ?? '')) : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Set per page by who opened it (openerPolicy).
      crossOriginOpenerPolicy: false,
    }),
  );
  app.use(openerPolicy);
  // In cluster mode: which process answered, pages and API alike (HAProxy's board affinity can be checked by it).
  app.use(async (c, next) => {
    await next();
    if (services.processId) c.header('X-Planrom-Process', services.processId);
  });
  app.route('/api', apiRoutes(database, services, extraApiRoutes));
  app.all('/api/*', () => {
    throw notFound('Denne adressen finnes ikke i API-et.');
  });

  if (dist && indexHtml && boardPages) {
    app.use('/assets/*', builtAssets(join(dist, 'assets')));
    app.use('*', serveStatic({ root: dist }));
    app.route('/', boardPageRoutes(services, boardPages));
    // Every other path is a page of the single-page app; the router inside it shows 404s.
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('*', (c) => c.text('Planrom: the web app is not built yet. Run `npm start` (or `npm run build`) first.', 503));
  }
  return app;
}
