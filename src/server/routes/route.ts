import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResultOf } from '../../contracts/http';

/** The request a handler receives: params, query and body already parsed by the contract's schemas. */
export type ContractRequest<E extends Endpoint> = FastifyRequest<{ Params: ParamsOf<E>; Querystring: QueryOf<E>; Body: BodyOf<E> }>;

/**
 * A handler answers with the contract's success payload (serialised through its response
 * schema), or sends through `reply` itself (files, 201/204 codes).
 */
export type ContractHandler<E extends Endpoint> = (request: ContractRequest<E>, reply: FastifyReply) => Promise<ResultOf<E> | FastifyReply>;

/** The body of a file download, as the OpenAPI document shows it. */
const fileBody = z.string().meta({ format: 'binary' });

/**
 * The response schemas of an endpoint. A file download (`produces`) answers 200 with the file
 * in its media type — documented so, never serialised — and its errors as problem+json.
 */
function responsesOf(e: Endpoint) {
  if (!e.produces) return e.response;
  return { 200: { description: 'the file', content: { [e.produces]: { schema: fileBody } } }, ...e.response };
}

/**
 * Registers the route of a contract endpoint: its method, path and schemas come from the
 * contract, so the route, the OpenAPI document and the web client cannot drift apart.
 */
export function route<E extends Endpoint>(app: FastifyInstance, e: E, handler: ContractHandler<E>): void {
  const schema: Record<string, unknown> = { tags: [...e.tags], summary: e.summary, response: responsesOf(e) };
  // Only the keys an endpoint has: Fastify warns about schema keys set to undefined.
  if (e.description) schema.description = e.description;
  if (e.params) schema.params = e.params;
  if (e.querystring) schema.querystring = e.querystring;
  // Multipart bodies are read by the handler (streamed files); only JSON bodies are validated.
  if (e.body && !e.multipart) schema.body = e.body;
  if (e.multipart) schema.consumes = ['multipart/form-data'];
  if (e.hide) schema.hide = true;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: e.method, url: e.path, schema, handler: handler as never,
    ...(e.hot ? { serializerCompiler: () => (data: unknown) => JSON.stringify(data) } : {}),
  });
}
