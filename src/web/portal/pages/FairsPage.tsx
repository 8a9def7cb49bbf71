import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { portal, PortalFair } from '../../../contracts/portal';
import type { units } from '../../../contracts/units';
import { get } from '../api';
import { formatDate } from '../format';
import { ProvinceFilter } from '../ProvinceFilter';
import { Link, navigate, useLocation } from '../router';
import { StarBadge } from '../Stars';
import { useData } from '../useData';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

let provincesOnce: ReturnType<typeof get<typeof units.list>> | undefined;

/** "2026-12" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const n = y * 12 + (m - 1) + delta;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

function MonthName({ month }: { month: string }) {
  const { t } = useTranslation();
  const [y, m] = month.split('-');
  return <>{t('portal.fairs.monthTitle', { month: m, year: y })}</>;
}

function FairCard({ f }: { f: PortalFair }) {
  const { t } = useTranslation();
  const dates = f.startsOn === f.endsOn ? formatDate(f.startsOn) : `${formatDate(f.startsOn)} – ${formatDate(f.endsOn)}`;
  return (
    <li className={`fair fair-${f.timing}`} data-testid="fair">
      <h3>{f.name}</h3>
      <span className={`tag timing-${f.timing}`}>{t(`portal.fairs.timing.${f.timing}`)}</span>
      <dl className="fair-facts">
        <div>
          <dt>{t('portal.fairs.dates')}</dt>
          <dd data-testid="fair-dates">{dates}</dd>
        </div>
        <div>
          <dt>{t('portal.fairs.place')}</dt>
          <dd>{f.place}</dd>
        </div>
        <div>
          <dt>{t('portal.fairs.province')}</dt>
          <dd>{f.provinceName ?? f.provinceCode}</dd>
        </div>
        <div>
          <dt>{t('portal.fairs.level')}</dt>
          <dd>{t(`portal.fairs.level.${f.level}`)}</dd>
        </div>
        {f.organiser ? (
          <div>
            <dt>{t('portal.fairs.organiser')}</dt>
            <dd>{f.organiser}</dd>
          </div>
        ) : null}
      </dl>
      {f.products.length ? (
        <>
          <h4>{t('portal.fairs.products')}</h4>
          <ul className="product-refs">
            {f.products.map((p) => (
              <li key={p.id}>
                <Link href={p.pagePath} data-testid="fair-product">
                  {p.name}
                </Link>{' '}
                <StarBadge stars={p.stars} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

/** Fairs grouped by the month they start in, in the order given (one month shown: no month headings). */
function ByMonth({ fairs, headings }: { fairs: PortalFair[]; headings: boolean }) {
  const groups: Array<[string, PortalFair[]]> = [];
  for (const f of fairs) {
    const m = f.startsOn.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last[0] === m) last[1].push(f);
    else groups.push([m, [f]]);
  }
  return (
    <>
      {groups.map(([m, list]) => (
        <section key={m} className="fair-month">
          {headings ? (
            <h3 className="month-head">
              <MonthName month={m} />
            </h3>
          ) : null}
          <ul className="fairs">
            {list.map((f) => (
              <FairCard key={f.id} f={f} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The fairs calendar: upcoming first, by month (?month=2026-12: a shareable month), by province. */
export default function FairsPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const month = MONTH.test(search.get('month') ?? '') ? search.get('month')! : undefined;
  const province = search.get('province') ?? undefined;
  provincesOnce ??= get<typeof units.list>('/units');
  const provinces = useData('provinces', () => provincesOnce!);
  const query = { month, province };
  const data = useData(JSON.stringify(query), (signal) => get<typeof portal.fairs>('/portal/fairs', { query }, signal));

  useEffect(() => {
    document.title = t('portal.fairs.title');
  }, [t]);

  const href = (next: { month?: string; province?: string }) => {
    const qs = new URLSearchParams();
    if (next.month) qs.set('month', next.month);
    if (next.province) qs.set('province', next.province);
    const s = qs.toString();
    return s ? `/fairs?${s}` : '/fairs';
  };
  const d = data.data;
  const thisMonth = d?.today.slice(0, 7);
  const ahead = d?.items.filter((f) => f.timing !== 'past') ?? [];
  const past = d?.items.filter((f) => f.timing === 'past') ?? [];

  return (
    <section className="fairs-page">
      <h1>{t('portal.fairs.title')}</h1>
      <p className="muted">{t('portal.fairs.intro')}</p>
      <div className="filters">
        <ProvinceFilter options={(provinces.data?.items ?? []).map((p) => ({ code: p.code, name: p.name }))} value={province} onChange={(code) => navigate(href({ month, province: code }))} />
      </div>
      <nav className="month-nav" aria-label={t('portal.fairs.months')}>
        {month ? (
          <>
            <Link href={href({ month: shiftMonth(month, -1), province })} rel="prev" data-testid="month-prev">
              ‹ {t('portal.fairs.prevMonth')}
            </Link>
            <strong data-testid="month-title">
              <MonthName month={month} />
            </strong>
            <Link href={href({ month: shiftMonth(month, 1), province })} rel="next" data-testid="month-next">
              {t('portal.fairs.nextMonth')} ›
            </Link>
            <Link href={href({ province })} data-testid="month-all">
              {t('portal.fairs.allMonths')}
            </Link>
          </>
        ) : d?.months.length ? (
          <ul className="month-chips">
            {[...d.months].reverse().map((m) => (
              <li key={m.month}>
                <Link href={href({ month: m.month, province })} data-testid="month-link" aria-current={m.month === thisMonth ? 'date' : undefined}>
                  <MonthName month={m.month} /> ({m.count})
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </nav>
      {data.error ? (
        <p role="alert">
          {t('portal.error')}{' '}
          <button type="button" className="link-button" onClick={data.retry}>
            {t('portal.retry')}
          </button>
        </p>
      ) : !d ? (
        <p role="status">{t('portal.loading')}</p>
      ) : d.items.length === 0 ? (
        <p className="muted" data-testid="fairs-none">
          {month ? t('portal.fairs.noneMonth') : t('portal.fairs.none')}
        </p>
      ) : (
        <>
          {ahead.length ? (
            <section data-testid="fairs-upcoming">
              <h2>{t('portal.fairs.upcoming')}</h2>
              <ByMonth fairs={ahead} headings={!month} />
            </section>
          ) : null}
          {past.length ? (
            <section data-testid="fairs-past">
              <h2>{t('portal.fairs.past')}</h2>
              <ByMonth fairs={past} headings={!month} />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
