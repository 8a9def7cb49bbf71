import type { z } from 'zod';

/**
 * An API endpoint described once: method, path, the zod schemas of what goes in and what
 * comes out, and its documentation. The server registers its route from it (and the OpenAPI
 * document follows); the web client calls it through the same object, so neither side
 * retypes a shape or a path.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint {
  readonly method: Method;
  /** Path under `/api`, Fastify style (`/entities/:id`). */
  readonly path: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  readonly body?: z.ZodType;
  /** Response schemas by status; a file download has none for its success status. */
  readonly response: { readonly [status: number]: z.ZodType };
  /** Media type of a non-JSON success body (spreadsheets, PDFs, images). */
  readonly produces?: string;
  /** The body is multipart/form-data (file uploads); `body` is then left out of validation. */
  readonly multipart?: boolean;
  /** Hidden from the OpenAPI document (internal helpers). */
  readonly hide?: boolean;
  /**
   * The busiest public calls (every scan of every stamp): the handler's typed result is written
   * as JSON without being parsed again through the response schema, which cost an eighth of
   * such a request. Their API tests parse every answer with the schema instead.
   */
  readonly hot?: boolean;
}

/** Declares an endpoint, keeping its literal types for the server and the client. */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

type Schema<T> = T extends z.ZodType ? T : never;
type SuccessStatus = 200 | 201 | 202 | 204;

/** What the handler receives after validation (zod output types). */
export type ParamsOf<E extends Endpoint> = E['params'] extends z.ZodType ? z.output<Schema<E['params']>> : Record<string, never>;
export type QueryOf<E extends Endpoint> = E['querystring'] extends z.ZodType ? z.output<Schema<E['querystring']>> : Record<string, never>;
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.output<Schema<E['body']>> : undefined;

/** What the client sends (zod input types: defaults and transforms not yet applied). */
export type ParamsIn<E extends Endpoint> = E['params'] extends z.ZodType ? z.input<Schema<E['params']>> : undefined;
export type QueryIn<E extends Endpoint> = E['querystring'] extends z.ZodType ? z.input<Schema<E['querystring']>> : undefined;
export type BodyIn<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<Schema<E['body']>> : undefined;

type SuccessSchemas<E extends Endpoint> = {
  [S in keyof E['response'] & SuccessStatus]: E['response'][S];
}[keyof E['response'] & SuccessStatus];

/** The success payload: what the server returns and the client receives. */
export type ResultOf<E extends Endpoint> = [SuccessSchemas<E>] extends [never] ? unknown : z.output<Schema<SuccessSchemas<E>>>;
