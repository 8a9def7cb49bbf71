import { useEffect, useRef, useState } from 'react';
import { Button, Input, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * Search input that commits after a short pause while typing, or at once on Enter.
 * The server does the (accent-insensitive) matching.
 */
export function SearchBox({
  value,
  onCommit,
  placeholder,
  ariaLabel,
  testId,
  id,
}: {
  value: string | undefined;
  onCommit: (q: string | undefined) => void;
  placeholder: string;
  ariaLabel: string;
  testId?: string;
  id?: string;
}) {
  const [text, setText] = useState(value ?? '');
  const committed = useRef(value ?? '');

  // Follow external changes (back button, cleared filters).
  useEffect(() => {
    if ((value ?? '') !== committed.current) {
      committed.current = value ?? '';
      setText(value ?? '');
    }
  }, [value]);

  useEffect(() => {
    if (text === committed.current) return;
    const h = setTimeout(() => {
      committed.current = text;
      onCommit(text.trim() || undefined);
    }, 400);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const { t } = useTranslation();
  const commitNow = () => {
    committed.current = text;
    onCommit(text.trim() || undefined);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={commitNow}
        placeholder={placeholder}
        aria-label={ariaLabel}
        allowClear
        data-testid={testId}
        type="search"
        enterKeyHint="search"
      />
      <Button type="primary" icon={<SearchOutlined aria-hidden />} aria-label={t('actions.search')} onClick={commitNow} />
    </Space.Compact>
  );
}
