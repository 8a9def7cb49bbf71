import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * Product photos: told by content, decoded, stripped of metadata, resized for srcset, served
 * with caching; the producer and the officers of the place may add them, nobody else.
 */

let t: TestContext;
let producer: string;
let productId: string;
const BOUNDARY = '----ocopphoto';

function multipart(bytes: Buffer, fileName = 'anh.jpg', alt?: string) {
  const parts: Buffer[] = [];
  if (alt !== undefined) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${alt}\r\n`));
  parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`), bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

function upload(cookie: string | undefined, bytes: Buffer, fileName?: string, alt?: string, id = productId) {
  const body = multipart(bytes, fileName, alt);
  return t.app.inject({ method: 'POST', url: `/api/products/${id}/photos`, payload: body.payload, headers: { ...body.headers, ...(cookie ? { cookie } : {}) } });
}

/** A 1600×1200 camera-like JPEG carrying EXIF (make, GPS-like text) that must not survive. */
async function cameraJpeg(seed = 0): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 40 + seed, g: 120, b: 60 } } })
    .composite([{ input: Buffer.from(`<svg width="1600" height="1200"><circle cx="800" cy="600" r="${300 + seed}" fill="#f5c542"/></svg>`) }])
    .jpeg()
    .withExif({ IFD0: { Make: 'SecretCam', Copyright: 'Toa do 21.0N 107.3E' } })
    .toBuffer();
}

beforeAll(async () => {
  t = await createTestApp();
  producer = await t.login('producer.qn');
  const list = (await t.app.inject({ url: '/api/products?pageSize=50', headers: { cookie: producer } })).json();
  productId = list.items.find((p: { stars: number | null }) => (p.stars ?? 0) >= 3).id;
});
afterAll(() => t.close());

describe('photo upload', () => {
  let photo: { id: string; src: string; srcset: string; width: number; height: number };

  it('stores resized copies without the camera metadata and answers the photo', async () => {
    const original = await cameraJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(producer, original, 'ruong-lua.jpg', 'Chai rượu trên nền lúa');
    expect(res.statusCode, res.body).toBe(201);
    photo = res.json();
    expect(photo).toMatchObject({ width: 1280, height: 960, alt: 'Chai rượu trên nền lúa', src: `/api/photos/${photo.id}/w640.webp` });
    expect(photo.srcset).toBe(`/api/photos/${photo.id}/w320.webp 320w, /api/photos/${photo.id}/w640.webp 640w, /api/photos/${photo.id}/w1280.webp 1280w`);

    for (const [variant, width, format] of [['w320.webp', 320, 'webp'], ['w640.webp', 640, 'webp'], ['w1280.webp', 1280, 'webp'], ['preview.jpg', 1200, 'jpeg']] as const) {
      const file = await t.app.inject(`/api/photos/${photo.id}/${variant}`);
      expect(file.statusCode, variant).toBe(200);
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(file.rawPayload).metadata();
      expect(meta.format).toBe(format);
      expect(meta.width).toBe(width);
      expect(meta.exif, `${variant} keeps no EXIF`).toBeUndefined();
      expect(file.rawPayload.includes('SecretCam')).toBe(false);
    }
    const preview = await sharp((await t.app.inject(`/api/photos/${photo.id}/preview.jpg`)).rawPayload).metadata();
    expect(preview.height).toBe(630);
  });

  it('answers 304 to a browser that has the copy', async () => {
    const first = await t.app.inject(`/api/photos/${photo.id}/w320.webp`);
    const again = await t.app.inject({ url: `/api/photos/${photo.id}/w320.webp`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });

  it('stores the same picture once', async () => {
    const res = await upload(producer, await cameraJpeg());
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(photo.id);
  });

  it("shows the photo on the product's page, in the catalogue and in the link preview", async () => {
    const page = (await t.app.inject(`/api/portal/products/${productId}`)).json();
    expect(page.photos.map((p: { id: string }) => p.id)).toContain(photo.id);
    const html = (await t.app.inject(`/p/${productId}`)).body;
    // The first photo (here the demo's illustration) is the preview's picture.
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="http[^"]+/api/photos/${page.photos[0].id}/preview.jpg"`));
    expect(html).toContain('<meta property="og:image:width" content="1200"');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toMatch(/<link rel="preload" as="image"[^>]*imagesrcset="[^"]*w320\.webp 320w/);
    const list = (await t.app.inject('/api/products?pageSize=200')).json();
    expect(list.items.find((p: { id: string }) => p.id === productId).uploadedPhotos.map((p: { id: string }) => p.id)).toContain(photo.id);
  });

  it("serves the demo products' illustrations, drawn on first request", async () => {
    const page = (await t.app.inject(`/api/portal/products/${productId}`)).json();
    const demo = page.photos[0];
    expect(demo.alt).toMatch(/^Hình minh họa \(không phải ảnh chụp\)/);
    const file = await t.app.inject(demo.src);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect(await sharp(file.rawPayload).metadata()).toMatchObject({ format: 'webp', width: 640, height: 480 });
  });

  it('refuses a file that is not a picture whatever its name, naming the field', async () => {
    const res = await upload(producer, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), 'anh.jpg');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'file', code: 'errors.photo.notPicture' })]);
    const svg = await upload(producer, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'anh.png');
    expect(svg.statusCode).toBe(400);
  });

  it('refuses a damaged picture and one too small to show', async () => {
    const whole = await cameraJpeg(7);
    const cut = await upload(producer, whole.subarray(0, Math.floor(whole.length / 3)));
    expect(cut.statusCode).toBe(400);
    expect(cut.json().errors[0]).toMatchObject({ path: 'file', code: 'errors.photo.unreadable' });
    const tiny = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#fff' } }).png().toBuffer();
    const small = await upload(producer, tiny, 'nho.png');
    expect(small.statusCode).toBe(400);
    expect(small.json().errors[0]).toMatchObject({ path: 'file', code: 'errors.photo.tooSmall' });
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x41);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await upload(producer, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('errors.photo.tooLarge');
  });

  it('lets only those who may edit the product add photos', async () => {
    const img = await cameraJpeg(3);
    expect((await upload(undefined, img)).statusCode).toBe(401);
    expect((await upload(await t.login('province.qng'), img)).statusCode).toBe(404);
    expect((await upload(await t.login('trade.qn'), img)).statusCode).toBe(403);
    const officer = await upload(await t.login('province.qn'), img);
    expect(officer.statusCode).toBe(201);
  });

  it('removes a photo (audited), after which its copies are gone', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: `/api/products/${productId}/photos/${photo.id}`, headers: { cookie: producer } });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject(`/api/photos/${photo.id}/w640.webp`)).statusCode).toBe(404);
    const audit = (await t.app.inject({ url: `/api/products/${productId}/audit`, headers: { cookie: producer } })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['photo.add', 'photo.remove']));
    const again = await t.app.inject({ method: 'DELETE', url: `/api/products/${productId}/photos/${photo.id}`, headers: { cookie: producer } });
    expect(again.statusCode).toBe(404);
  });
});
