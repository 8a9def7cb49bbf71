import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const DATASETS = [
  { key: 'products', file: 'products' },
  { key: 'certificates', file: 'certificates' },
  { key: 'salesPoints', file: 'sales-points' },
] as const;

/** What the open data sets hold, where to download them and where the API is described. */
export default function OpenDataPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('portal.openData.title');
  }, [t]);
  return (
    <section className="open-data">
      <h1>{t('portal.openData.title')}</h1>
      <p>{t('portal.openData.intro')}</p>
      <p>
        <strong>{t('portal.openData.licence')}</strong>
      </p>
      {DATASETS.map((d) => (
        <article key={d.key} className="dataset">
          <h2>{t(`portal.openData.${d.key}`)}</h2>
          <p>{t(`portal.openData.${d.key}Text`)}</p>
          <p className="downloads">
            <a href={`/api/open-data/${d.file}.csv`} download data-testid={`download-${d.file}-csv`}>
              {d.file}.csv
            </a>
            <a href={`/api/open-data/${d.file}.json`}>{d.file}.json</a>
          </p>
        </article>
      ))}
      <article className="dataset">
        <h2>{t('portal.openData.api')}</h2>
        <p>{t('portal.openData.apiText')}</p>
        <p className="downloads">
          <a href="/api/docs">{t('portal.openData.apiDocs')}</a>
          <a href="/api/openapi.json">openapi.json</a>
        </p>
      </article>
    </section>
  );
}
