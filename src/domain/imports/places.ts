import type { UnitStructure } from '../policy/scope';
import { foldKey } from './fold';

/** An administrative unit as the importer needs it (both structures). */
export interface PlaceUnit {
  structure: UnitStructure;
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
  shortName: string;
  parentCode: string | null;
  currentProvinceCode: string;
}

/** Where a row's place text resolved to: the unit it names and the current commune it lies in today. */
export interface ResolvedPlace {
  structure: UnitStructure;
  code: string;
  /** The current-structure commune (the unit itself, or a legacy commune's roll-up target). */
  currentCode: string;
  currentProvinceCode: string;
}

export type PlaceResult = { ok: true; place: ResolvedPlace } | { ok: false; problem: 'unitUnknown' | 'unitAmbiguous'; params: Record<string, string> };

// Administrative words people put before a name, longest first ("thành phố" before "thành").
const PREFIXES = [
  'thanh pho truc thuoc trung uong', 'thanh pho', 'thi xa', 'thi tran', 'tinh', 'huyen', 'quan', 'phuong', 'xa', 'dac khu',
  'tp', 'tx', 'tt', 'h', 'q', 'p', 'x',
];

/** A unit name as compared: no accents, case or administrative prefix ("TP Quảng Ngãi" → "quang ngai"). */
export function placeKey(text: string): string {
  let key = foldKey(text);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      if (key.startsWith(p + ' ') && key.length > p.length + 1) {
        key = key.slice(p.length + 1);
        changed = true;
        break;
      }
    }
  }
  // "Phường 1" and "Xã 1" keep their number as the name
  return key;
}

/** Units of both structures indexed by name key, with the legacy → current roll-up. */
export class PlaceIndex {
  private readonly communes = new Map<string, PlaceUnit[]>();
  private readonly byCode = new Map<string, PlaceUnit>();
  private readonly provinces = new Map<string, PlaceUnit[]>();

  constructor(units: Iterable<PlaceUnit>, private readonly rollUp: ReadonlyMap<string, string>) {
    for (const u of units) {
      this.byCode.set(`${u.structure}:${u.code}`, u);
      const keys = new Set([placeKey(u.name), placeKey(u.shortName)]);
      const target = u.level === 'commune' ? this.communes : u.level === 'province' ? this.provinces : null;
      if (!target) continue;
      for (const k of keys) {
        const list = target.get(k) ?? [];
        list.push(u);
        target.set(k, list);
      }
    }
  }

  unit(structure: UnitStructure, code: string): PlaceUnit | undefined {
    return this.byCode.get(`${structure}:${code}`);
  }

  /** The current province a province name means (current or legacy name), or null. */
  province(text: string): string | null {
    const found = this.provinces.get(placeKey(text));
    return found?.[0]?.currentProvinceCode ?? null;
  }

  /**
   * Resolves a commune named in a row. The province column (or else the importing office's
   * province) narrows the search; a district column means the legacy structure (districts were
   * abolished on 2025-07-01) and picks the legacy commune of that district, which then rolls up
   * into the current commune it became. Without a district, a current commune wins over a
   * legacy one of the same name.
   */
  resolve(input: { commune: string; district?: string | null; province?: string | null }, defaultProvince: string | null): PlaceResult {
    const key = placeKey(input.commune);
    const params = { value: input.commune };
    let candidates = this.communes.get(key) ?? [];
    if (candidates.length === 0) return { ok: false, problem: 'unitUnknown', params };
    const province = input.province ? this.province(input.province) : null;
    if (input.province && !province) return { ok: false, problem: 'unitUnknown', params: { value: input.province } };
    if (province) {
      candidates = candidates.filter((u) => u.currentProvinceCode === province);
    } else if (defaultProvince) {
      // Outside the office's province: keep them, so the caller reports the jurisdiction, not "unknown".
      const inProvince = candidates.filter((u) => u.currentProvinceCode === defaultProvince);
      if (inProvince.length) candidates = inProvince;
    }
    if (candidates.length === 0) return { ok: false, problem: 'unitUnknown', params };
    const legacy = candidates.filter((u) => u.structure === 'legacy');
    if (input.district) {
      const dk = placeKey(input.district);
      const inDistrict = legacy.filter((u) => {
        const d = u.parentCode ? this.unit('legacy', u.parentCode) : undefined;
        return d && (placeKey(d.name) === dk || placeKey(d.shortName) === dk);
      });
      if (inDistrict.length === 1) return this.place(inDistrict[0]);
      if (inDistrict.length > 1) return { ok: false, problem: 'unitAmbiguous', params };
    }
    const current = candidates.filter((u) => u.structure === 'current');
    if (current.length === 1) return this.place(current[0]);
    if (current.length > 1) return { ok: false, problem: 'unitAmbiguous', params };
    if (legacy.length === 1) return this.place(legacy[0]);
    return { ok: false, problem: 'unitAmbiguous', params };
  }

  private place(u: PlaceUnit): PlaceResult {
    if (u.structure === 'current') return { ok: true, place: { structure: 'current', code: u.code, currentCode: u.code, currentProvinceCode: u.currentProvinceCode } };
    const target = this.rollUp.get(u.code);
    if (!target) return { ok: false, problem: 'unitUnknown', params: { value: u.name } };
    return { ok: true, place: { structure: 'legacy', code: u.code, currentCode: target, currentProvinceCode: u.currentProvinceCode } };
  }
}
