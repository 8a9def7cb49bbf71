import { attachmentDisposition } from '../../domain/cycle/files';
import type { FastifyReply } from 'fastify';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the real name.
 * Only documents the platform generates itself (certificates) may be shown inline.
 */
export function attachment(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return attachmentDisposition(fileName).replace(/^attachment/, disposition);
}

/** Sends an Excel workbook as a download named `<baseName>.xlsx`. */
export function sendXlsx(reply: FastifyReply, buffer: Buffer, baseName: string): FastifyReply {
  return reply.type(XLSX).header('content-disposition', attachment(`${baseName}.xlsx`)).send(buffer);
}
