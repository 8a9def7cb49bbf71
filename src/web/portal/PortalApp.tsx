import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from './router';
import { setLang } from './i18n';
import CataloguePage from './pages/CataloguePage';
import ProductPage from './pages/ProductPage';

// Only the catalogue and the product page are in the first download; the others load on demand.
const StatsPage = lazy(() => import('./pages/StatsPage'));
const OpenDataPage = lazy(() => import('./pages/OpenDataPage'));
const SalesPointsPage = lazy(() => import('./pages/SalesPointsPage'));
const FairsPage = lazy(() => import('./pages/FairsPage'));

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.text')}</p>
      <Link href="/p">{t('portal.product.back')}</Link>
    </section>
  );
}

function Page({ pathname }: { pathname: string }) {
  if (pathname === '/p' || pathname === '/p/') return <CataloguePage />;
  const product = /^\/p\/([^/]+)$/.exec(pathname);
  if (product) return <ProductPage id={decodeURIComponent(product[1])} />;
  if (pathname === '/stats') return <StatsPage />;
  if (pathname === '/open-data') return <OpenDataPage />;
  if (pathname === '/sales-points') return <SalesPointsPage />;
  if (pathname === '/fairs') return <FairsPage />;
  return <NotFound />;
}

/** The public portal: a header, the page the address names, a footer. */
export function PortalApp() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const other = i18n.language === 'en' ? 'vi' : 'en';
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const nav = [
    ['/p', t('portal.nav.catalogue')],
    ['/sales-points', t('portal.nav.salesPoints')],
    ['/fairs', t('portal.nav.fairs')],
    ['/stats', t('portal.nav.stats')],
    ['/open-data', t('portal.nav.openData')],
  ] as const;
  return (
    <>
      <a className="skip" href="#main">
        {t('portal.skip')}
      </a>
      <header className="top">
        <div className="wrap top-inner">
          <Link href="/p" className="brand">
            <span className="brand-mark" aria-hidden="true">★</span>
            {t('portal.siteName')}
          </Link>
          <nav aria-label={t('portal.nav.catalogue')} className="nav">
            {nav.map(([href, label]) => (
              <Link key={href} href={href} aria-current={pathname === href || (href === '/p' && pathname.startsWith('/p/')) ? 'page' : undefined}>
                {label}
              </Link>
            ))}
            <button type="button" className="lang" onClick={() => setLang(other)} aria-label={t('portal.lang.switchLabel')} lang={other}>
              {t('portal.lang.switch')}
            </button>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        <Suspense fallback={<p role="status">{t('portal.loading')}</p>}>
          <Page pathname={pathname} />
        </Suspense>
      </main>
      <footer className="foot">
        <div className="wrap">
          <p>{t('portal.footer')}</p>
          <p>
            <a href="/login">{t('portal.nav.login')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
