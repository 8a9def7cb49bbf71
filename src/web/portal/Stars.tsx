import { useTranslation } from 'react-i18next';

/** The star class as a badge: "★★★★ 4 sao", read out as "OCOP 4 sao". */
export function StarBadge({ stars, large = false }: { stars: number | null; large?: boolean }) {
  const { t } = useTranslation();
  if (!stars) return null;
  return (
    <span className={`stars stars-${stars}${large ? ' stars-large' : ''}`} role="img" aria-label={t('portal.stars.label', { n: stars })} data-testid="star-badge">
      <span aria-hidden="true">{'★'.repeat(stars)}</span> OCOP {t('portal.stars.n', { n: stars })}
    </span>
  );
}
