import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { setLang } from '../i18n';

/** Toggles VI ⇄ EN. The choice is stored in localStorage and sent as Accept-Language. */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const current = i18n.language === 'en' ? 'en' : 'vi';
  const next = current === 'vi' ? 'en' : 'vi';
  const style = onDark ? { color: '#fff', borderColor: 'rgba(255,255,255,0.7)' } : undefined;
  return (
    <Button
      data-testid="lang-switch"
      ghost={onDark}
      style={style}
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('lang.switchTo')}
      title={t('lang.switchTo')}
      onClick={async () => {
        await setLang(next);
        // Server messages and names come translated: refetch what is on screen.
        void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      }}
    >
      <span lang={next}>{next.toUpperCase()}</span>
    </Button>
  );
}
