import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { portal, PublicCertificate, PublicProduct } from '../../../contracts/portal';
import { apiPath, get, HttpError, takePageData } from '../api';
import { formatDate, formatVnd } from '../format';
import { Link } from '../router';
import { StarBadge } from '../Stars';
import { useData } from '../useData';

const HERO_SIZES = '(min-width: 720px) 640px, 100vw';

function Certificate({ c }: { c: PublicCertificate | null }) {
  const { t } = useTranslation();
  if (!c) return <p className="muted">{t('portal.product.noCertificate')}</p>;
  const inForce = c.status === 'valid' || c.status === 'expiring';
  return (
    <div className={`cert ${inForce ? 'cert-ok' : 'cert-bad'}`} data-testid="certificate" data-status={c.status}>
      <p className="cert-status" role={inForce ? undefined : 'alert'}>
        <strong>{t(`portal.certificate.${c.status}`)}</strong>
      </p>
      <dl>
        <dt>{t('portal.product.certificateNumber')}</dt>
        <dd data-testid="certificate-number">{c.number}</dd>
        <dt>{t('portal.product.validUntil')}</dt>
        <dd>{formatDate(c.validUntil)}</dd>
        <dt>{t('portal.product.issuedOn')}</dt>
        <dd>{formatDate(c.issuedOn)}</dd>
        <dt>{t('portal.product.issuer')}</dt>
        <dd>{c.issuer}</dd>
      </dl>
      <a href={c.verifyPath}>{t('portal.product.verify')}</a>
    </div>
  );
}

function Gallery({ p }: { p: PublicProduct }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const photo = p.photos[index] ?? p.photos[0];
  const alt = (a: string | null) => a ?? t('portal.product.photoAlt', { name: p.name });
  if (!photo) {
    const external = p.externalPhotos[0];
    return external ? (
      <img className="hero" src={external} alt={t('portal.product.photoAlt', { name: p.name })} referrerPolicy="no-referrer" />
    ) : (
      <div className="hero hero-empty">{t('portal.product.noPhoto')}</div>
    );
  }
  return (
    <div>
      <img
        className="hero"
        src={photo.src}
        srcSet={photo.srcset}
        sizes={HERO_SIZES}
        width={photo.width}
        height={photo.height}
        alt={alt(photo.alt)}
        fetchPriority={index === 0 ? 'high' : undefined}
        data-testid="product-photo"
      />
      {p.photos.length > 1 ? (
        <ul className="thumbs">
          {p.photos.map((ph, i) => (
            <li key={ph.id}>
              <button type="button" onClick={() => setIndex(i)} aria-pressed={i === index} aria-label={`${alt(ph.alt)} (${i + 1}/${p.photos.length})`}>
                <img src={ph.srcset.split(' ')[0]} width={80} height={Math.round((80 * ph.height) / ph.width)} alt="" loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Facts({ p }: { p: PublicProduct }) {
  const { t } = useTranslation();
  const rows: Array<[string, string | null]> = [
    [t('portal.product.group'), [p.groupName, p.subgroupName].filter(Boolean).join(' — ') || null],
    [t('portal.product.rawMaterial'), p.rawMaterialOrigin],
    [t('portal.product.packaging'), p.packaging],
    [t('portal.product.quality'), p.qualityStandard],
    [t('portal.product.price'), p.priceVnd !== null ? `${formatVnd(p.priceVnd)}${p.priceUnit ? ` / ${p.priceUnit}` : ''}` : null],
    [t('portal.product.gtin'), p.gtin],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A product's public page: what a shopper who scanned a label or opened a shared link wants to know. */
export default function ProductPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const initial = takePageData<PublicProduct | null>('product');
  const state = useData(`${id}:${i18n.language}`, (signal) => get<typeof portal.product>('/portal/products/:id', { params: { id } }, signal), initial ?? undefined);
  const notFound = initial === null || (state.error instanceof HttpError && (state.error.status === 404 || state.error.status === 400));
  const p = state.data;

  useEffect(() => {
    if (p) document.title = t('portal.product.metaTitle', { name: p.name, stars: p.stars ?? 0 });
  }, [p, t]);

  if (notFound && !p) {
    return (
      <section>
        <h1>{t('portal.product.notFound')}</h1>
        <p>{t('portal.product.notFoundText')}</p>
        <Link href="/p">{t('portal.product.back')}</Link>
      </section>
    );
  }
  if (!p) {
    return state.error ? (
      <p role="alert">
        {t('portal.error')}{' '}
        <button type="button" onClick={state.retry}>
          {t('portal.retry')}
        </button>
      </p>
    ) : (
      <p role="status">{t('portal.loading')}</p>
    );
  }
  const place = [p.unitName, p.provinceName].filter(Boolean).join(', ');
  return (
    <article className="product">
      <p className="crumbs">
        <Link href="/p">{t('portal.product.back')}</Link>
      </p>
      <div className="product-top">
        <Gallery p={p} />
        <div className="product-head">
          <h1 data-testid="product-title">{p.name}</h1>
          <StarBadge stars={p.stars} large />
          <p>
            <span className="muted">{t('portal.product.producer')}: </span>
            <strong>{p.entity.name}</strong> · {t(`portal.entityType.${p.entity.type}`)}
          </p>
          {place ? (
            <p>
              <span className="muted">{t('portal.product.place')}: </span>
              {place}
            </p>
          ) : null}
          <h2>{t('portal.product.certificate')}</h2>
          <Certificate c={p.certificate} />
        </div>
      </div>
      <Facts p={p} />
      {p.story ? (
        <section>
          <h2>{t('portal.product.story')}</h2>
          <p className="prose">{p.story}</p>
        </section>
      ) : null}
      {p.description ? (
        <section>
          <h2>{t('portal.product.description')}</h2>
          <p className="prose">{p.description}</p>
        </section>
      ) : null}
      <section>
        <h2>{t('portal.product.whereToBuy')}</h2>
        {p.whereToBuy ? <p className="prose">{p.whereToBuy}</p> : p.salesPoints.length || p.listings.length ? null : <p className="muted">{t('portal.product.whereToBuyNone')}</p>}
        {p.salesPoints.length ? (
          <>
            <h3>{t('portal.product.salesPoints')}</h3>
            <ul className="where-to-buy" data-testid="sales-points">
              {p.salesPoints.map((s, i) => (
                <li key={i}>
                  <strong>{s.name}</strong>
                  {s.kind === 'centre' ? <span className="tag">{t('portal.product.salesPointCentre')}</span> : null}
                  <br />
                  <span className="muted">{[s.address, s.provinceName].filter(Boolean).join(' · ')}</span>{' · '}
                  <Link href={`/sales-points?province=${encodeURIComponent(s.provinceCode)}&point=${encodeURIComponent(s.id)}`} data-testid="sales-point-map-link">
                    {t('portal.salesPoints.showOnMap')}
                  </Link>
                  {s.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {p.listings.length ? (
          <>
            <h3>{t('portal.product.listings')}</h3>
            <ul className="where-to-buy" data-testid="listings">
              {p.listings.map((l, i) => (
                <li key={i}>
                  <a href={l.url} rel="noopener nofollow" target="_blank">
                    {t(`portal.product.platform.${l.platform}`)}
                  </a>
                  {l.priceVnd !== null ? <span className="muted"> · {formatVnd(l.priceVnd)}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {p.entity.website ? (
          <p>
            <a href={p.entity.website} rel="noopener nofollow" target="_blank">
              {t('portal.product.website')}
            </a>
          </p>
        ) : null}
      </section>
      {p.starHistory.length ? (
        <section>
          <h2>{t('portal.product.history')}</h2>
          <ul className="history">
            {p.starHistory.map((h) => (
              <li key={`${h.year}-${h.stars}`}>{t('portal.product.historyItem', { year: h.year, n: h.stars })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="qr">
        <h2>{t('portal.product.qr')}</h2>
        <img src={apiPath<typeof portal.qr>('/portal/products/:id/qr.svg', { id: p.id })} width={160} height={160} alt={t('portal.product.qrAlt', { name: p.name })} loading="lazy" />
      </section>
    </article>
  );
}
