import { z } from 'zod';
import { endpoint } from './http';
import { CERTIFICATE_COLUMNS, OPEN_DATA_LICENCE, PRODUCT_COLUMNS, SALES_POINT_COLUMNS } from '../domain/open-data/datasets';

/**
 * Open data (SPEC C7): the catalogue's products, the certificates and the sales points as CSV
 * and JSON, free to reuse under CC BY 4.0. Stable addresses; ETag / If-None-Match answer 304.
 */

const tags = ['open data'];

const cell = z.union([z.string(), z.number(), z.null()]);
const datasetJson = (columns: readonly string[]) =>
  z.object({
    dataset: z.string(),
    licence: z.object({ id: z.string(), name: z.string(), url: z.string(), attribution: z.string() }),
    updatedAt: z.string().nullable().describe('last change of the underlying records'),
    generatedOn: z.string().describe('the day certificate states were computed for'),
    columns: z.array(z.string()).describe(columns.join(', ')),
    count: z.number().int(),
    items: z.array(z.record(z.string(), cell)),
  });

const about = (what: string, columns: readonly string[]) =>
  `${what} Columns: ${columns.map((c) => `\`${c}\``).join(', ')}. Licence ${OPEN_DATA_LICENCE.id} (${OPEN_DATA_LICENCE.url}), also in the \`Link: <…>; rel="license"\` header; \`Last-Modified\` is the last change of the records. Send \`If-None-Match\` with the \`ETag\` you have: 304 when nothing changed.`;

function pair(file: string, what: string, columns: readonly string[]) {
  return {
    csv: endpoint({
      method: 'GET',
      path: `/open-data/${file}.csv`,
      tags,
      summary: `${what} (CSV, UTF-8 with BOM, RFC 4180)`,
      description: about(what, columns),
      produces: 'text/csv',
      response: {},
    }),
    json: endpoint({
      method: 'GET',
      path: `/open-data/${file}.json`,
      tags,
      summary: `${what} (JSON)`,
      description: about(what, columns),
      response: { 200: datasetJson(columns) },
    }),
  } as const;
}

export const openData = {
  products: pair('products', 'Certified products in the catalogue (3 stars and above) with their current certificate.', PRODUCT_COLUMNS),
  certificates: pair('certificates', 'Every OCOP certificate issued, with its status today.', CERTIFICATE_COLUMNS),
  salesPoints: pair('sales-points', 'OCOP sales points and centres.', SALES_POINT_COLUMNS),
};
