import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchUnits, useUnit } from '../api/units';
import type { Unit, UnitLevel, UnitStructure } from '../api/types';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

export interface UnitTreePickerProps {
  value?: string | null;
  onChange?: (code: string | undefined, unit?: Unit) => void;
  /** Which structure to browse (default: the current one, 34 provinces, no districts). */
  structure?: UnitStructure;
  /** Levels that may be picked (default: all). Other levels can only be expanded. */
  selectable?: UnitLevel[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

function toNode(u: Unit, selectable: UnitLevel[] | undefined, title?: string): Node {
  return {
    id: u.code,
    pId: u.parentCode ?? null,
    value: u.code,
    title: title ?? u.name,
    isLeaf: !u.hasChildren,
    selectable: !selectable || selectable.includes(u.level),
  };
}

/**
 * Administrative-unit picker: a lazily loaded tree (province → district → commune) with a
 * server-side, accent-insensitive search box. Works with antd Form (value/onChange/id).
 */
export function UnitTreePicker({
  value,
  onChange,
  structure = 'current',
  selectable,
  placeholder,
  allowClear = true,
  disabled,
  id,
  style,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: UnitTreePickerProps) {
  const { t, i18n } = useTranslation();
  const [tree, setTree] = useState<Node[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Node[] | null>(null);
  const [searching, setSearching] = useState(false);
  const units = useRef(new Map<string, Unit>());
  const provinceNames = useRef(new Map<string, string>());
  const selectableKey = selectable?.join(',') ?? '';

  // Roots: the provinces of the chosen structure. Reload on structure/language change.
  useEffect(() => {
    let cancelled = false;
    setTree([]);
    setLoadedKeys([]);
    fetchUnits({ structure })
      .then((r) => {
        if (cancelled) return;
        for (const u of r.items) {
          units.current.set(u.code, u);
          provinceNames.current.set(u.code, u.name);
        }
        setTree(r.items.map((u) => ({ ...toNode(u, selectable), pId: null })));
      })
      .catch(() => {
        if (!cancelled) setTree([]);
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [structure, selectableKey, i18n.language]);

  const loadData = useCallback(
    async (node: { value?: unknown; key?: unknown }) => {
      const code = String(node.value ?? node.key ?? '');
      if (!code) return;
      const r = await fetchUnits({ structure, parent: code, limit: 500 });
      for (const u of r.items) units.current.set(u.code, u);
      setTree((prev) => {
        const have = new Set(prev.map((n) => n.id));
        return [...prev, ...r.items.filter((u) => !have.has(u.code)).map((u) => toNode(u, selectable))];
      });
      setLoadedKeys((k) => (k.includes(code) ? k : [...k, code]));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [structure, selectableKey],
  );

  // Debounced server search.
  useEffect(() => {
    const q = search.trim();
    if (q.length < 2) {
      setResults(null);
      setSearching(false);
      return;
    }
    setSearching(true);
    let cancelled = false;
    const timer = setTimeout(() => {
      fetchUnits({ structure, q, limit: 50 })
        .then((r) => {
          if (cancelled) return;
          const nodes = r.items.map((u) => {
            units.current.set(u.code, u);
            const prov = u.level !== 'province' ? provinceNames.current.get(u.provinceCode) : undefined;
            const n = toNode(u, selectable, prov ? `${u.name} — ${prov}` : u.name);
            return { ...n, pId: null, isLeaf: true };
          });
          setResults(nodes);
        })
        .catch(() => !cancelled && setResults([]))
        .finally(() => !cancelled && setSearching(false));
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, structure, selectableKey]);

  // Label of the current value even when its node is not loaded (editing a record).
  const known = value ? units.current.get(value) : undefined;
  const detail = useUnit(structure, value && !known ? value : null);
  const label = useMemo(() => {
    if (!value) return undefined;
    const u = known ?? detail.data;
    if (!u) return value;
    const prov = u.level !== 'province' ? provinceNames.current.get(u.provinceCode) : undefined;
    return prov ? `${u.name} — ${prov}` : u.name;
  }, [value, known, detail.data]);

  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', ...style }}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('units.pick')}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={results ?? tree}
      loadData={results ? undefined : loadData}
      treeLoadedKeys={loadedKeys}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v: { value: string; label?: React.ReactNode } | undefined) => {
        const code = v?.value;
        setSearch('');
        onChange?.(code, code ? units.current.get(code) : undefined);
      }}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={searching ? t('common.loading') : t('units.noMatch')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 280 } } }}
      listHeight={360}
    />
  );
}
