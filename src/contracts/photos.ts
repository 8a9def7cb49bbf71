import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, noContent, problemSchema } from './common';
import { photoSchema } from './portal';
import { MAX_PHOTO_BYTES, PHOTO_VARIANTS, PHOTO_WIDTHS, PREVIEW_SIZE } from '../domain/portal/photos';

/** Product photos (SPEC C7): uploaded by the producer or an officer, served resized to anyone. */

const tags = ['products'];

export const photos = {
  upload: endpoint({
    method: 'POST',
    path: '/products/:id/photos',
    tags,
    summary: 'Upload a photo of a product (the producer, or an officer who may edit the product)',
    description:
      `multipart/form-data with one \`file\` (at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB) and optionally \`alt\` (a description for blind readers) before it. ` +
      'The picture is recognised from its content (JPEG, PNG, WebP, AVIF, HEIC), decoded, turned upright, and stored only as resized copies ' +
      `(WebP ${PHOTO_WIDTHS.join(', ')} px wide and a ${PREVIEW_SIZE.width}×${PREVIEW_SIZE.height} JPEG for link previews) without any of its metadata (camera, GPS position). ` +
      'The same picture uploaded again answers 200 with the photo already stored.',
    params: idParams,
    multipart: true,
    response: { 200: photoSchema, 201: photoSchema, ...errorResponses, 413: problemSchema },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/products/:id/photos/:photoId',
    tags,
    summary: 'Remove a photo of a product',
    params: idParams.extend({ photoId: z.uuid('errors.notFound') }),
    response: { 204: noContent, ...errorResponses },
  }),
  file: endpoint({
    method: 'GET',
    path: '/photos/:id/:variant',
    tags,
    summary: 'A resized copy of a product photo',
    description: `\`variant\`: ${PHOTO_VARIANTS.join(', ')}. Public for products in the catalogue (cached a year: a photo never changes, a new one gets a new id); otherwise for those who may see the product.`,
    params: idParams.extend({ variant: z.enum(PHOTO_VARIANTS) }),
    produces: 'image/webp',
    response: { 400: problemSchema, 404: problemSchema },
  }),
};
