import http from 'node:http';
import type { Socket } from 'node:net';
import { problem } from './errors';

/**
 * Answers for requests that never became requests: Node's HTTP parser refused them (headers too
 * large, malformed HTTP, timeouts). Fastify's default writes plain JSON; these are
 * problem+json like every other error (in Vietnamese: no headers could be read for a language).
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'errors.headersTooLarge']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'errors.requestTimeout']
        : [400, 'errors.badRequest'];
  if (socket.writable) {
    const body = JSON.stringify(problem('vi', status, code));
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
