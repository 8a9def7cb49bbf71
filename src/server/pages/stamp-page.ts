import { formatDateVi } from '../../domain/dates';
import { formatSerial } from '../../domain/stamps';
import type { StampVerification } from '../../contracts/stamps';
import type { Lang } from '../../i18n/lang';
import { translate } from '../i18n/messages';

/**
 * The public page a stamp's QR code opens, rendered on the server: a few kilobytes of HTML and
 * CSS, no script, so it shows at once on a low-end phone over a slow connection. The status is
 * the first thing on the screen, in colour and in words — loudly when the stamp is not valid.
 */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TONE: Record<StampVerification['status'], { bg: string; fg: string; icon: string }> = {
  valid: { bg: '#1d6b3a', fg: '#ffffff', icon: '✔' },
  expired: { bg: '#b3261e', fg: '#ffffff', icon: '✖' },
  revoked: { bg: '#b3261e', fg: '#ffffff', icon: '✖' },
  unknown: { bg: '#3c3c3c', fg: '#ffffff', icon: '?' },
};

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f;background:#f4f5f2}
main{max-width:560px;margin:0 auto;padding:0 0 24px}header{padding:20px 16px 18px}header h1{margin:0;font-size:1.45rem;line-height:1.25}
header .icon{font-size:2.2rem;line-height:1;display:block;margin-bottom:6px}header p{margin:8px 0 0;font-size:1rem}header.alarm h1{text-transform:uppercase;font-size:1.6rem;letter-spacing:.5px}
.warn{margin:12px 16px;padding:12px 14px;border-radius:8px;background:#fff4e5;border:2px solid #e08a00;font-weight:600}
dl{margin:12px 16px;background:#fff;border-radius:8px;padding:4px 14px}dl div{padding:8px 0;border-bottom:1px solid #eee}dl div:last-child{border:0}
dt{font-size:.8rem;color:#666}dd{margin:0;font-weight:600;overflow-wrap:anywhere}.stars{color:#b8860b;letter-spacing:2px}
form{margin:12px 16px;background:#fff;border-radius:8px;padding:12px 14px}label{display:block;font-size:.9rem;margin-bottom:6px}
select{width:100%;font-size:1rem;padding:8px;margin-bottom:8px}button{font-size:1rem;padding:8px 18px;border:0;border-radius:6px;background:#1d6b3a;color:#fff}
.meta{margin:8px 16px;color:#666;font-size:.85rem}a{color:#1d6b3a}`;

export interface StampPageInput {
  lang: Lang;
  result: StampVerification;
  /** A lot page (no serial, no scans) rather than one stamp's. */
  lot?: boolean;
  provinces?: Array<{ code: string; name: string }>;
  /** The token from the QR code, kept when the shopper sends the province form. */
  token?: string;
  province?: string;
}

export function renderStampPage(input: StampPageInput): string {
  const { lang, result: r } = input;
  const t = (key: string, params: Record<string, unknown> = {}) => esc(translate(lang, key, params));
  const tone = TONE[r.status];
  const c = r.certificate;
  const detail =
    r.status === 'valid' && c ? t('stamps.page.validDetail', { date: formatDateVi(c.validUntil) })
    : r.status === 'expired' && c ? t('stamps.page.expiredDetail', { date: formatDateVi(c.validUntil) })
    : r.status === 'revoked' && c ? t('stamps.page.revokedDetail', { date: formatDateVi(c.revokedOn) })
    : t('stamps.page.unknownDetail');
  const rows: Array<[string, string]> = [];
  if (r.product) {
    rows.push([t('stamps.page.product'), esc(r.product.name)]);
    rows.push([t('stamps.page.stars'), `<span class="stars" aria-label="${r.product.stars}">${'★'.repeat(r.product.stars)}</span> ${r.product.stars} sao`]);
  }
  if (r.producer) rows.push([t('stamps.page.producer'), esc(r.producer.name)]);
  if (r.lot) rows.push([t('stamps.lot'), esc(r.lot)]);
  if (r.producedOn) rows.push([t('stamps.producedOn'), formatDateVi(r.producedOn)]);
  if (r.bestBefore) rows.push([t('stamps.bestBefore'), formatDateVi(r.bestBefore)]);
  if (c) {
    rows.push([t('stamps.page.certificate'), `${esc(c.number)} – ${esc(c.issuer)}`]);
    rows.push([t('stamps.page.validity'), `${formatDateVi(c.validFrom)} – ${formatDateVi(c.validUntil)}`]);
    if (c.revokedReason) rows.push([t('stamps.page.reason'), esc(c.revokedReason)]);
  }
  if (r.serial) rows.push([t('stamps.serial'), esc(formatSerial(r.serial))]);

  const heading = input.lot && r.lot ? t('stamps.page.lotTitle', { lot: r.lot }) : t('stamps.page.title');
  const form =
    !input.lot && r.status !== 'unknown' && input.provinces?.length
      ? `<form method="get"><label for="province">${t('stamps.page.where')}</label>${input.token ? `<input type="hidden" name="t" value="${esc(input.token)}">` : ''}<select id="province" name="province"><option value="">—</option>${input.provinces
          .map((p) => `<option value="${esc(p.code)}"${p.code === input.province ? ' selected' : ''}>${esc(p.name)}</option>`)
          .join('')}</select><button type="submit">${t('stamps.page.send')}</button></form>`
      : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${t(`stamps.page.${r.status}`)} · ${heading}</title>
<meta name="description" content="${r.product ? esc(r.product.name) + ' – ' : ''}${t(`stamps.page.${r.status}`)}">
<meta name="robots" content="noindex">
<style>${CSS}</style></head>
<body><main>
<header class="${r.status === 'valid' ? 'ok' : 'alarm'}" style="background:${tone.bg};color:${tone.fg}" data-status="${r.status}" role="status"><span class="icon" aria-hidden="true">${tone.icon}</span><h1>${t(`stamps.page.${r.status}`)}</h1><p>${detail}</p></header>
${r.possiblyCopied ? `<p class="warn" data-testid="copied">${t('stamps.page.copied')}</p>` : ''}
${rows.length ? `<dl>${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>` : ''}
${form}
<p class="meta">${t('stamps.page.checkedOn', { date: formatDateVi(r.checkedOn) })}${r.scans ? ` · ${t('stamps.page.scans', { count: r.scans })}` : ''}</p>
${r.product ? `<p class="meta"><a href="/p/${esc(r.product.id)}">${t('stamps.page.productLink')}</a></p>` : ''}
</main></body></html>`;
}

export function renderNotFoundPage(lang: Lang): string {
  const t = (key: string) => esc(translate(lang, key));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t('stamps.page.notFound')}</title><style>${CSS}</style></head>
<body><main><header style="background:#3c3c3c;color:#fff"><h1>${t('stamps.page.notFound')}</h1><p>${t('stamps.page.notFoundDetail')}</p></header></main></body></html>`;
}
