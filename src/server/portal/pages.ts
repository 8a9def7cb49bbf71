import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/client';
import { isLang, type Lang } from '../../i18n/lang';
import { translate } from '../i18n/messages';
import { AppError } from '../../domain/errors';
import { photoUrl, PREVIEW_SIZE, srcsetOf } from '../../domain/portal/photos';
import { cataloguedProductIds, currentProvinces } from '../../db/repositories/portal.repository';
import { publicProduct, productPagePath } from '../../services/portal/portal.service';
import { portalSalesPoint, provinceCodesOf } from '../../services/portal/trade.service';
import { originOf } from '../routes/certificates.routes';
import { BARE_TEMPLATE, clip, escapeHtml, renderPage, type PageMeta } from './html';
import { sendCached } from './http-cache';

/**
 * The public portal's pages (SPEC C7), outside /api: the light front end of src/web/portal
 * with each page's metadata written in by the server, plus sitemap.xml and robots.txt.
 *   /p               catalogue (filters in the query string: shareable)
 *   /p/{productId}   a product's page
 *   /stats           programme statistics and the province map
 *   /open-data       the data sets and the API
 *   /sales-points    the sales-point map (?province=, ?point=)
 *   /fairs           the fairs calendar (?month=YYYY-MM, ?province=)
 */

export const PORTAL_TEMPLATE = 'portal/index.html';

/** The portal's menu, as src/web/portal/PortalApp.tsx draws it (the server writes it into a product page's top). */
const PORTAL_NAV = [
  ['/p', 'portal.nav.catalogue'],
  ['/sales-points', 'portal.nav.salesPoints'],
  ['/fairs', 'portal.nav.fairs'],
  ['/stats', 'portal.nav.stats'],
  ['/open-data', 'portal.nav.openData'],
] as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Largest number of products listed in sitemap.xml (the protocol's limit per file). */
const SITEMAP_LIMIT = 50_000;

function langOf(request: FastifyRequest): Lang {
  const q = (request.query as { lang?: unknown }).lang;
  return isLang(q) ? q : request.lang;
}

function loadTemplate(webDir: string | undefined): string {
  const file = webDir ? path.join(webDir, PORTAL_TEMPLATE) : undefined;
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : BARE_TEMPLATE;
}

export async function portalPages(app: FastifyInstance, opts: { database: Database; webDir?: string }) {
  const db = opts.database.db;
  const template = loadTemplate(opts.webDir);

  function send(request: FastifyRequest, reply: FastifyReply, meta: Omit<PageMeta, 'siteName' | 'lang' | 'url'> & { path: string }, status = 200) {
    const lang = langOf(request);
    const origin = originOf(request);
    const html = renderPage(template, { ...meta, lang, siteName: translate(lang, 'portal.siteName'), url: origin + meta.path });
    reply.code(status).type('text/html; charset=utf-8').header('vary', 'accept-language, cookie');
    // Certificate states change (revocation): pages are revalidated on every load, cheaply by ETag.
    return sendCached(request, reply, html, status === 200 ? 'public, no-cache' : 'no-store');
  }

  const page = (title: string, description: string) => ({ title, description, type: 'website' as const });

  app.get('/p', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const q = (request.query as { q?: unknown }).q;
    const title = typeof q === 'string' && q.trim() ? translate(lang, 'portal.catalogue.metaSearch', { q: clip(q, 60) }) : translate(lang, 'portal.catalogue.metaTitle');
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return send(request, reply, { ...page(title, translate(lang, 'portal.catalogue.metaDescription')), path: `/p${search}` });
  });

  app.get('/p/:id', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const { id } = request.params as { id: string };
    const product = UUID.test(id)
      ? await publicProduct(db, id.toLowerCase(), lang).catch((e: unknown) => {
          if (e instanceof AppError && e.status === 404) return null;
          throw e;
        })
      : null;
    if (!product) {
      return send(
        request,
        reply,
        { ...page(translate(lang, 'portal.product.notFound'), translate(lang, 'portal.product.notFoundText')), path: `/p/${encodeURIComponent(id)}`, noindex: true, data: { product: null } },
        404,
      );
    }
    const stars = product.stars ?? product.certificate?.stars ?? 0;
    const place = [product.unitName, product.provinceName].filter(Boolean).join(', ');
    const lead = translate(lang, 'portal.product.metaDescription', { stars, entity: product.entity.name, place });
    const text = product.description ?? product.story;
    const photo = product.photos[0];
    const origin = originOf(request);
    const sizes = '(min-width: 720px) 640px, 100vw';
    const alt = photo ? (photo.alt ?? translate(lang, 'portal.product.photoAlt', { name: product.name })) : '';
    // The same markup as the app's product page top (src/web/portal/pages/ProductPage.tsx).
    const links = PORTAL_NAV
      .map(([href, key]) => `<a href="${href}">${escapeHtml(translate(lang, key))}</a>`)
      .join('');
    const shell = [
      `<header class="top"><div class="wrap top-inner"><a href="/p" class="brand"><span class="brand-mark" aria-hidden="true">★</span>${escapeHtml(translate(lang, 'portal.siteName'))}</a><nav class="nav">${links}<button type="button" class="lang">${escapeHtml(translate(lang, 'portal.lang.switch'))}</button></nav></div></header>`,
      '<main class="wrap"><p class="crumbs">&nbsp;</p><article class="product"><div class="product-top"><div>',
      photo
        ? `<img class="hero" src="${escapeHtml(photo.src)}" srcset="${escapeHtml(photo.srcset)}" sizes="${sizes}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(alt)}" fetchpriority="high" />`
        : '',
      `</div><div class="product-head"><h1>${escapeHtml(product.name)}</h1>`,
      stars ? `<span class="stars stars-${stars} stars-large"><span aria-hidden="true">${'★'.repeat(stars)}</span> ${escapeHtml(translate(lang, 'portal.stars.label', { n: stars }))}</span>` : '',
      `<p>${escapeHtml(product.entity.name)}</p></div></div></article></main>`,
    ].join('');
    return send(request, reply, {
      title: translate(lang, 'portal.product.metaTitle', { name: product.name, stars }),
      description: clip(text ? `${lead} ${text}` : lead, 200),
      type: 'product',
      path: productPagePath(product.id),
      image: photo
        ? { url: origin + photoUrl(photo.id, 'preview.jpg'), ...PREVIEW_SIZE, alt: photo.alt ?? translate(lang, 'portal.product.photoAlt', { name: product.name }) }
        : undefined,
      preload: photo ? { href: photo.src, srcset: srcsetOf(photo.id, photo.width), sizes } : undefined,
      shell,
      data: { product },
    });
  });

  app.get('/stats', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    return send(request, reply, { ...page(translate(lang, 'portal.stats.title'), translate(lang, 'portal.stats.metaDescription')), path: '/stats' });
  });

  app.get('/open-data', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    return send(request, reply, { ...page(translate(lang, 'portal.openData.title'), translate(lang, 'portal.openData.metaDescription')), path: '/open-data' });
  });

  /** The name of the one province a `?province=` filter names (a code or a name without accents), else undefined. */
  async function provinceNamed(filter: unknown): Promise<string | undefined> {
    if (typeof filter !== 'string' || !filter.trim() || filter.length > 200) return undefined;
    const codes = await provinceCodesOf(opts.database.db, filter.trim());
    if (codes?.length !== 1) return undefined;
    return (await currentProvinces(db)).find((p) => p.code === codes[0])?.name;
  }
  const queryOf = (request: FastifyRequest) => (request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '');

  app.get('/sales-points', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const query = request.query as { province?: unknown; point?: unknown };
    // A shared point previews as that point: its name and address.
    const point = typeof query.point === 'string' && UUID.test(query.point) ? await portalSalesPoint(db, query.point.toLowerCase()) : undefined;
    const province = await provinceNamed(query.province);
    const path = `/sales-points${queryOf(request)}`;
    if (point) {
      const title = translate(lang, 'portal.salesPoints.metaPoint', { name: point.name });
      return send(request, reply, { ...page(title, clip([point.address, point.provinceName].filter(Boolean).join(', '), 200)), path });
    }
    const title = province ? translate(lang, 'portal.salesPoints.metaProvince', { province }) : translate(lang, 'portal.salesPoints.title');
    return send(request, reply, { ...page(title, translate(lang, 'portal.salesPoints.metaDescription')), path });
  });

  app.get('/fairs', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const { month, province: filter } = request.query as { month?: unknown; province?: unknown };
    const m = typeof month === 'string' ? MONTH.exec(month) : null;
    const province = await provinceNamed(filter);
    let title = translate(lang, 'portal.fairs.title');
    if (m) title = translate(lang, 'portal.fairs.metaMonth', { title, month: `${m[2]}/${m[1]}` });
    if (province) title = translate(lang, 'portal.fairs.metaProvince', { title, province });
    return send(request, reply, { ...page(title, translate(lang, 'portal.fairs.metaDescription')), path: `/fairs${queryOf(request)}` });
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (request, reply) => {
    const origin = originOf(request);
    const body = ['User-agent: *', 'Allow: /p', 'Allow: /stats', 'Allow: /open-data', 'Allow: /sales-points', 'Allow: /fairs', 'Allow: /api/open-data/', 'Allow: /api/photos/', 'Disallow: /api/', 'Disallow: /login', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
    reply.type('text/plain; charset=utf-8');
    return sendCached(request, reply, body, 'public, max-age=86400');
  });

  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    const origin = originOf(request);
    const rows = await cataloguedProductIds(db, SITEMAP_LIMIT - 5);
    const url = (loc: string, lastmod?: Date) =>
      `<url><loc>${escapeHtml(origin + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      url('/p'),
      url('/stats'),
      url('/open-data'),
      url('/sales-points'),
      url('/fairs'),
      ...rows.map((r) => url(productPagePath(r.id), r.updatedAt)),
      '</urlset>',
      '',
    ].join('\n');
    reply.type('application/xml; charset=utf-8');
    return sendCached(request, reply, body, 'public, max-age=3600');
  });
}
