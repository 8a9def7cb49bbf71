import { Tag } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** "★★★" with an accessible label ("3 sao"); a grey tag when not rated. */
export function StarBadge({ stars, showUnrated = true }: { stars: number | null | undefined; showUnrated?: boolean }) {
  const { t } = useTranslation();
  if (!stars) return showUnrated ? <Tag>{t('stars.unrated')}</Tag> : null;
  return (
    <span className="star-badge" role="img" aria-label={t('stars.n', { n: stars })} title={t('stars.n', { n: stars })}>
      {Array.from({ length: stars }, (_, i) => (
        <StarFilled key={i} aria-hidden />
      ))}
    </span>
  );
}
