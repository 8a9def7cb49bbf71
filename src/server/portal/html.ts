/**
 * The public portal's HTML as the server sends it: the built page (or a bare one when the web
 * client is not built) with each page's title, description and link-preview metadata (Open
 * Graph, Twitter cards) written in, so a link shared in Zalo or Facebook shows the product's
 * name, star class and photo without running any script. The page's data rides along as JSON
 * so the first paint needs no API call.
 */

export interface PageImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageMeta {
  lang: 'vi' | 'en';
  title: string;
  description: string;
  /** Absolute canonical address. */
  url: string;
  type: 'website' | 'product';
  siteName: string;
  image?: PageImage;
  /** The hero photo, fetched by the browser before any script runs (largest contentful paint). */
  preload?: { href: string; srcset: string; sizes: string };
  /** Serialised into `<script type="application/json" id="portal-data">`. */
  data?: unknown;
  /**
   * Server-written HTML of the page's top (already escaped), shown before any script runs and
   * replaced by the app when it starts: the largest paint need not wait for JavaScript.
   */
  shell?: string;
  /** Tell crawlers to keep the page out of their index (error pages). */
  noindex?: boolean;
}

const HEAD_MARK = '<!--portal-head-->';
const DATA_MARK = '<!--portal-data-->';

/** Used when the web client is not built (API-only runs, tests): the same metadata, no app. */
export const BARE_TEMPLATE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>OCOP</title>
    ${HEAD_MARK}
  </head>
  <body>
    <div id="root"></div>
    ${DATA_MARK}
  </body>
</html>
`;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON safe inside a `<script>` element: `<` cannot close it or open a comment, and the line
 * separators that older parsers choke on are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Cuts text at a word boundary to at most `max` characters (descriptions: ~160). */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

function tag(name: string, attrs: Record<string, string | number>): string {
  return `<${name} ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeHtml(String(v))}"`).join(' ')} />`;
}

export function headTags(meta: PageMeta): string {
  const m = (attr: 'name' | 'property', key: string, content: string | number) => tag('meta', { [attr]: key, content });
  const tags = [
    m('name', 'description', meta.description),
    tag('link', { rel: 'canonical', href: meta.url }),
    m('property', 'og:site_name', meta.siteName),
    m('property', 'og:type', meta.type),
    m('property', 'og:title', meta.title),
    m('property', 'og:description', meta.description),
    m('property', 'og:url', meta.url),
    m('property', 'og:locale', meta.lang === 'en' ? 'en_US' : 'vi_VN'),
    m('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    m('name', 'twitter:title', meta.title),
    m('name', 'twitter:description', meta.description),
  ];
  if (meta.image) {
    tags.push(
      m('property', 'og:image', meta.image.url),
      m('property', 'og:image:width', meta.image.width),
      m('property', 'og:image:height', meta.image.height),
      m('property', 'og:image:alt', meta.image.alt),
      m('name', 'twitter:image', meta.image.url),
      m('name', 'twitter:image:alt', meta.image.alt),
    );
  }
  if (meta.noindex) tags.push(m('name', 'robots', 'noindex'));
  if (meta.preload) {
    tags.push(tag('link', { rel: 'preload', as: 'image', href: meta.preload.href, imagesrcset: meta.preload.srcset, imagesizes: meta.preload.sizes, fetchpriority: 'high' }));
  }
  return tags.join('\n    ');
}

/** The template with this page's language, title, metadata and data written in. */
export function renderPage(template: string, meta: PageMeta): string {
  const data = meta.data === undefined ? '' : `<script type="application/json" id="portal-data">${scriptJson(meta.data)}</script>`;
  let html = template
    .replace(/<html([^>]*)\slang="[^"]*"/, `<html$1 lang="${meta.lang}"`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
    // The template's own description and previews are the site's defaults: the page's replace them.
    .replace(/\s*<meta (?:name="description"|property="og:[^"]*"|name="twitter:[^"]*")[^>]*>/g, '');
  const head = headTags(meta);
  html = html.includes(HEAD_MARK) ? html.replace(HEAD_MARK, () => head) : html.replace('</head>', () => `${head}\n  </head>`);
  if (meta.shell) html = html.replace('<div id="root"></div>', () => `<div id="root">${meta.shell}</div>`);
  html = html.includes(DATA_MARK) ? html.replace(DATA_MARK, () => data) : html.replace('</body>', () => `${data}\n  </body>`);
  return html;
}
