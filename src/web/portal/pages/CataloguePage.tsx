import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, products } from '../../../contracts/products';
import type { productGroups, units } from '../../../contracts/units';
import type { EntityType } from '../../../domain/entities/entity.schema';
import { get } from '../api';
import { formatInt } from '../format';
import { ProvinceFilter } from '../ProvinceFilter';
import { Link, navigate, useLocation } from '../router';
import { StarBadge } from '../Stars';
import { useData } from '../useData';

const PAGE_SIZE = 24;
/** The entity types in the order of the registry's form (type-checked against the domain's list). */
const ENTITY_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const satisfies readonly EntityType[];
type Missing = Exclude<EntityType, (typeof ENTITY_TYPES)[number]>;
const _allTypes: Missing extends never ? true : never = true;
void _allTypes;
const FILTERS = ['q', 'province', 'group', 'subgroup', 'stars', 'entityType'] as const;
type Filter = (typeof FILTERS)[number];

/** Lists are small and change rarely: fetched once per visit. */
let groupsOnce: ReturnType<typeof get<typeof productGroups>> | undefined;
let provincesOnce: ReturnType<typeof get<typeof units.list>> | undefined;

/** Cards are at most ~560 device pixels wide even on a 2× phone: the 1280 px copy is never worth its bytes there. */
function cardSrcset(srcset: string): string {
  return srcset
    .split(', ')
    .filter((entry) => Number(/ (\d+)w$/.exec(entry)?.[1] ?? 0) <= 640)
    .join(', ');
}

function ProductCard({ p, eager }: { p: Product; eager: boolean }) {
  const { t } = useTranslation();
  const photo = p.uploadedPhotos[0];
  const external = !photo ? p.photos[0] : undefined;
  return (
    <li className="card">
      <Link href={`/p/${p.id}`} className="card-link" data-testid="product-link">
        <div className="card-photo">
          {photo ? (
            <img src={photo.src} srcSet={cardSrcset(photo.srcset)} sizes="(min-width: 900px) 280px, (min-width: 600px) 45vw, 100vw" width={photo.width} height={photo.height} alt="" loading={eager ? 'eager' : 'lazy'} decoding="async" />
          ) : external ? (
            <img src={external} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" />
          ) : (
            <span className="no-photo" aria-hidden="true">★</span>
          )}
        </div>
        <div className="card-body">
          <h2 className="card-title">{p.name}</h2>
          <StarBadge stars={p.stars} />
          <p className="muted">{p.entityName}</p>
          <p className="muted">{[p.unitName, p.provinceName].filter(Boolean).join(', ')}</p>
        </div>
      </Link>
      <span className="sr-only">{t('portal.stars.label', { n: p.stars ?? 0 })}</span>
    </li>
  );
}

/** The public catalogue: search and filters live in the address, so a search can be shared. */
export default function CataloguePage() {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const values = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? undefined])) as Record<Filter, string | undefined>;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);

  groupsOnce ??= get<typeof productGroups>('/product-groups');
  provincesOnce ??= get<typeof units.list>('/units');
  const groups = useData('groups', () => groupsOnce!);
  const provinces = useData('provinces', () => provincesOnce!);
  const entityType = ENTITY_TYPES.find((x) => x === values.entityType);
  const query = { ...values, entityType, page, pageSize: PAGE_SIZE };
  const key = JSON.stringify(query);
  const list = useData(key, (signal) => get<typeof products.list>('/products', { query }, signal));

  useEffect(() => {
    document.title = values.q ? t('portal.catalogue.metaSearch', { q: values.q }) : t('portal.catalogue.metaTitle');
  }, [t, values.q]);

  const go = (changes: Partial<Record<Filter | 'page', string | undefined>>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    if ('group' in changes) next.delete('subgroup');
    const s = next.toString();
    navigate(s ? `/p?${s}` : '/p', true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: q.trim() || undefined });
  };

  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const groupList = groups.data?.items ?? [];
  const subgroups = groupList.find((g) => g.code === values.group)?.subgroups ?? [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const filtered = FILTERS.some((k) => values[k]);

  return (
    <section>
      <h1>{t('portal.catalogue.title')}</h1>
      <p className="muted">{t('portal.catalogue.intro')}</p>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="portal-q" className="sr-only">
          {t('portal.catalogue.search')}
        </label>
        <input id="portal-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('portal.catalogue.searchPlaceholder')} data-testid="portal-search" enterKeyHint="search" />
        <button type="submit">{t('portal.catalogue.searchButton')}</button>
      </form>
      <fieldset className="filters">
        <legend className="sr-only">{t('portal.catalogue.filters')}</legend>
        <ProvinceFilter options={(provinces.data?.items ?? []).map((p) => ({ code: p.code, name: p.name }))} value={values.province} onChange={(province) => go({ province })} />
        <div className="field">
          <label htmlFor="portal-group">{t('portal.catalogue.group')}</label>
          <select id="portal-group" value={values.group ?? ''} onChange={(e) => go({ group: e.target.value || undefined })} data-testid="portal-filter-group">
            <option value="">{t('portal.catalogue.groupAll')}</option>
            {groupList.map((g) => (
              <option key={g.code} value={g.code}>
                {g[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="portal-subgroup">{t('portal.catalogue.subgroup')}</label>
          <select id="portal-subgroup" value={values.subgroup ?? ''} disabled={!subgroups.length} onChange={(e) => go({ subgroup: e.target.value || undefined })}>
            <option value="">{t('portal.catalogue.subgroupAll')}</option>
            {subgroups.map((g) => (
              <option key={g.code} value={g.code}>
                {g[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="portal-stars">{t('portal.catalogue.stars')}</label>
          <select id="portal-stars" value={values.stars ?? ''} onChange={(e) => go({ stars: e.target.value || undefined })} data-testid="portal-filter-stars">
            <option value="">{t('portal.catalogue.starsAll')}</option>
            {[5, 4, 3].map((n) => (
              <option key={n} value={n}>
                {t('portal.stars.n', { n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="portal-type">{t('portal.catalogue.entityType')}</label>
          <select id="portal-type" value={values.entityType ?? ''} onChange={(e) => go({ entityType: e.target.value || undefined })} data-testid="portal-filter-type">
            <option value="">{t('portal.catalogue.entityTypeAll')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`portal.entityType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button type="button" className="link-button" onClick={() => navigate('/p', true)}>
            {t('portal.catalogue.clear')}
          </button>
        ) : null}
      </fieldset>
      {list.error ? (
        <p role="alert">
          {t('portal.error')}{' '}
          <button type="button" onClick={list.retry}>
            {t('portal.retry')}
          </button>
        </p>
      ) : null}
      <p aria-live="polite" className="count" data-testid="portal-count">
        {list.data ? t('portal.catalogue.found', { n: formatInt(list.data.total) }) : list.loading ? t('portal.loading') : '\u00a0'}
      </p>
      {list.data && list.data.items.length === 0 ? <p>{t('portal.catalogue.none')}</p> : null}
      <ul className="cards" data-testid="product-list">
        {(list.data?.items ?? []).map((p, i) => (
          <ProductCard key={p.id} p={p} eager={i < 2} />
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('portal.catalogue.page', { page, pages })}>
          <button type="button" disabled={page <= 1} onClick={() => go({ page: String(page - 1) })}>
            {t('portal.catalogue.prev')}
          </button>
          <span>{t('portal.catalogue.page', { page, pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => go({ page: String(page + 1) })}>
            {t('portal.catalogue.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
