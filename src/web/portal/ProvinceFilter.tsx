import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKey } from '../../domain/text/normalize';

interface Option {
  code: string;
  name: string;
}

/**
 * Province picker that finds "Quảng Ninh" from "quang ninh" (accent-insensitive like every
 * search of the platform): a text box with a list of matches (ARIA combobox).
 */
export function ProvinceFilter({ options, value, onChange }: { options: Option[]; value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const selected = options.find((o) => o.code === value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? selected?.name ?? '';
  const matches = useMemo(() => {
    const key = searchKey(text ?? '');
    return key ? options.filter((o) => searchKey(o.name).includes(key)) : options;
  }, [options, text]);

  const choose = (o: Option | undefined) => {
    onChange(o?.code);
    setText(null);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setText(null);
    }
  };
  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>{t('portal.catalogue.province')}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-${matches[active].code}` : undefined}
        placeholder={t('portal.catalogue.provinceAll')}
        title={t('portal.catalogue.provinceHint')}
        autoComplete="off"
        value={shown}
        data-testid="portal-filter-province"
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (!e.target.value) onChange(undefined);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {open && matches.length > 0 ? (
        <ul id={`${id}-list`} role="listbox" className="combo-list" aria-label={t('portal.catalogue.province')}>
          {matches.map((o, i) => (
            <li
              key={o.code}
              id={`${id}-${o.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
