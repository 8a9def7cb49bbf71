import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import { invalidateCatalogue, listenForCatalogueChanges } from '../../services/portal/catalogue-cache';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Keeps the public catalogue's cache (services/portal/catalogue-cache.ts) current: it listens for
 * changes notified by the database, and empties the cache once any signed-in write request has
 * been handled (its transaction committed) and before its answer leaves, so the writer's next
 * search already shows the change. Anonymous requests cannot change the catalogue.
 */
export const catalogueCachePlugin = fp(async (app: FastifyInstance, opts: { database: Database }) => {
  const stop = await listenForCatalogueChanges(opts.database);
  app.addHook('onClose', async () => stop());
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.actor && !SAFE_METHODS.has(request.method)) invalidateCatalogue(opts.database.db);
    return payload;
  });
});
