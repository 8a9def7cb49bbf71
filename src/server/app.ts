import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { errorsPlugin, problem, sendProblem } from './plugins/errors';
import { pickLang } from './i18n/messages';
import { securityHeaders, securityHeadersPlugin } from './plugins/security-headers';
import { verificationFastPath, type FastPath } from './fast-paths/verification';
import { requestContextPlugin } from './plugins/request-context';
import { authPlugin } from './plugins/auth';
import { catalogueCachePlugin } from './plugins/catalogue-cache';
import { inputGuardPlugin } from './plugins/input-guard';
import { sameOriginPlugin } from './plugins/same-origin';
import { clientErrorHandler } from './plugins/client-errors';
import { registerRoutes } from './routes';
import { portalPages } from './portal/pages';
import { anonymousLanding } from './portal/landing';
import { stampPageRoutes } from './routes/stamp-pages.routes';
import { ImportFiles } from '../services/imports/imports.service';
import { platformJobs } from '../services/jobs/platform-jobs';
import { ReportExportFiles } from '../services/reports/exports.service';
import type { BackupStore } from '../services/backup/backups.service';
import type { JobHandler, Worker } from '../services/jobs/worker';

export interface AppOptions {
  database: Database;
  /** Where national reports and report exports read from (DATABASE_READ_URL, a replica); default `database`. */
  readDatabase?: Database;
  config: Pick<Config, 'sessionDays' | 'secureCookies'> & Partial<Pick<Config, 'dataDir' | 'trustProxy' | 'publicUrl' | 'databaseUrl' | 'backupDir' | 'backupKeep'>>;
  /** Folder of uploaded files; default `config.dataDir/uploads`, else a temporary folder. */
  uploadsDir?: string;
  /** Folder of the built web client; served with SPA fallback when it exists. */
  webDir?: string;
  logger?: boolean;
  /** Run the background job worker (default true) and enqueue the daily runs (default false: the server's start does). */
  jobs?: { worker?: boolean; schedules?: boolean; handlers?: Record<string, JobHandler>; pollMs?: number; leaseMs?: number };
}

export type App = FastifyInstance & { jobs?: Worker; verificationFastPath?: FastPath };

/**
 * TRUST_PROXY for Fastify: true, false, or addresses/CIDRs as they are; a hop count trusts the
 * nearest n peers whoever they are (Fastify itself no longer takes a bare number), so it suits
 * only a server that nothing but its proxies can reach.
 */
function trustProxyOption(value: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  if (typeof value !== 'number') return value;
  return value > 0 ? (_address, hop) => hop < value : false;
}

/** Helmet's options: the security headers of every answer. */
const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
    },
  },
};

export async function buildApp(opts: AppOptions): Promise<App> {
  const trustProxy = trustProxyOption(opts.config.trustProxy ?? false);
  const headers = securityHeaders(HELMET_OPTIONS);
  const fastPath = verificationFastPath({ db: opts.database.db, securityHeaders: headers, trustProxy });
  const app = Fastify({
    // Node's server as Fastify would make it, with the verification checks answered before
    // Fastify's lifecycle when they can be (fast-paths/verification.ts).
    serverFactory: (handler, serverOptions) => {
      const options = serverOptions as { keepAliveTimeout?: number; requestTimeout?: number; connectionTimeout?: number; maxRequestsPerSocket?: number };
      const server = http.createServer((req, res) => {
        if (!fastPath(req, res, () => handler(req, res))) handler(req, res);
      });
      server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000;
      server.requestTimeout = options.requestTimeout ?? 0;
      server.setTimeout(options.connectionTimeout ?? 0);
      if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
      return server;
    },
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    // X-Forwarded-* only from the proxies TRUST_PROXY names (none by default): anyone else could
    // pick the address the sign-in throttle counts by.
    trustProxy,
    // Requests Node's parser refuses (headers too large…) are answered as problem+json too.
    clientErrorHandler,
    bodyLimit: 2 * 1024 * 1024,
    // Signed certificate tokens travel in the path (/api/verify/{token}, ~450 characters).
    routerOptions: { maxParamLength: 8192 },
    // Malformed URLs (bad percent-encoding) are refused before routing: answer them as problems too.
    frameworkErrors: (error, request, reply) => {
      const lang = pickLang(request.headers['accept-language']);
      void sendProblem(reply, { ...problem(lang, 400, 'errors.invalid'), detail: error.message, instance: request.url });
    },
    ajv: { customOptions: { coerceTypes: 'array' } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(securityHeadersPlugin, { headers });
  await app.register(requestContextPlugin);
  await app.register(errorsPlugin);
  await app.register(sameOriginPlugin, { publicUrl: opts.config.publicUrl ?? (process.env.PUBLIC_URL || undefined) });
  await app.register(inputGuardPlugin);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OCOP Platform API',
        version: '1.0.0',
        description:
          'API of the OCOP Platform (Mỗi xã một sản phẩm). JSON in and out; errors are RFC 9457 problem+json, ' +
          'validation errors list each offending field in `errors[].path`. Sessions use the HttpOnly cookie set by ' +
          '`POST /api/auth/login`. Records outside the caller\'s jurisdiction answer 404; edits send the `version` ' +
          'they read and get 409 when it is stale.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ocop_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
  await app.register(authPlugin, { db: opts.database.db });
  await app.register(catalogueCachePlugin, { database: opts.database });

  // Background jobs (imports, daily reminders, nightly backup): a worker in every server process.
  const uploadsDir = opts.uploadsDir ?? (opts.config.dataDir ? path.join(opts.config.dataDir, 'uploads') : undefined);
  const importFiles = new ImportFiles(uploadsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-imports-')));
  const exportFiles = new ReportExportFiles(importFiles.root);
  const dataDir = opts.config.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-data-'));
  const backupStore: BackupStore = {
    dir: opts.config.backupDir ?? path.join(dataDir, 'backups'), keep: opts.config.backupKeep ?? 7,
    dataDir, database: opts.database, databaseUrl: opts.config.databaseUrl,
  };
  const jobs = platformJobs({
    db: opts.database.db, database: opts.database, importFiles, reportExports: { files: exportFiles, readDb: opts.readDatabase?.db }, backups: backupStore, schedules: opts.jobs?.schedules ?? false, handlers: opts.jobs?.handlers,
    pollMs: opts.jobs?.pollMs, leaseMs: opts.jobs?.leaseMs, log: (m, e) => app.log.error(e, m),
  });
  if (opts.jobs?.worker !== false) {
    app.addHook('onReady', async () => jobs.worker.start());
    app.addHook('onClose', async () => jobs.worker.stop());
  }
  (app as App).jobs = jobs.worker;
  (app as App).verificationFastPath = fastPath;

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await registerRoutes(api, { database: opts.database, readDatabase: opts.readDatabase, config: opts.config, uploadsDir, imports: { files: importFiles, scheduler: jobs.scheduler }, reportExports: { files: exportFiles, poke: () => jobs.worker.poke() }, backups: backupStore });
    },
    { prefix: '/api' },
  );

  // Anonymous visitors of / and /catalogue land on the public portal.
  anonymousLanding(app);
  // The public portal's pages carry server-written metadata, built or not.
  await app.register(portalPages, { database: opts.database, webDir: opts.webDir });
  // Public stamp and lot pages and the GS1 Digital Link resolver: server-rendered, also without the web client.
  await app.register(stampPageRoutes, { database: opts.database });

  if (opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'))) {
    const webDir = opts.webDir;
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: ['index.html'],
      // The build writes file.br and file.gz beside each text file; they go to browsers that accept them.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, file) => {
        // Files under assets/ carry a content hash in their names: they never change. Everything
        // else (index.html, the SPA fallback) is revalidated on every load, so a new build shows at once.
        const immutable = path.relative(webDir, file).split(path.sep)[0] === 'assets';
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/products/…, /v/…) all load the single-page app; a missing asset is a 404.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  }
  return app;
}
