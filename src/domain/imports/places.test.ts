import { describe, expect, it } from 'vitest';
import { PlaceIndex, placeKey, type PlaceUnit } from './places';

const u = (structure: 'current' | 'legacy', level: PlaceUnit['level'], code: string, name: string, parentCode: string | null, currentProvinceCode: string): PlaceUnit => ({
  structure, level, code, name, shortName: name.replace(/^(Tỉnh|Huyện|Thành phố|Xã|Phường|Thị xã) /, ''), parentCode, currentProvinceCode,
});

// Quảng Ngãi (51) in both structures and a same-named commune in Quảng Ninh (22).
const units = [
  u('current', 'province', '51', 'Tỉnh Quảng Ngãi', null, '51'),
  u('current', 'province', '22', 'Tỉnh Quảng Ninh', null, '22'),
  u('current', 'commune', '21334', 'Xã Sơn Tây Thượng', '51', '51'),
  u('current', 'commune', '21340', 'Xã Sơn Tây', '51', '51'),
  u('current', 'commune', '21028', 'Phường Nghĩa Lộ', '51', '51'),
  u('current', 'commune', '06778', 'Phường Quang Hanh', '22', '22'),
  u('legacy', 'province', '51', 'Tỉnh Quảng Ngãi', null, '51'),
  u('legacy', 'district', '530', 'Huyện Sơn Tây', '51', '51'),
  u('legacy', 'district', '522', 'Thành phố Quảng Ngãi', '51', '51'),
  u('legacy', 'commune', '21331', 'Xã Sơn Bua', '530', '51'),
  u('legacy', 'commune', '21028', 'Phường Nghĩa Lộ', '522', '51'),
  u('legacy', 'commune', '99999', 'Xã Sơn Bua', '999', '22'),
];
const index = new PlaceIndex(units, new Map([['21331', '21334'], ['21028', '21028'], ['99999', '06778']]));

describe('places as people write them', () => {
  it('drops administrative prefixes and accents', () => {
    expect(placeKey('TP Quảng Ngãi')).toBe('quang ngai');
    expect(placeKey('huyện Sơn Tây')).toBe('son tay');
    expect(placeKey('Xã Sơn Bua')).toBe('son bua');
    expect(placeKey('P. Quang Hanh')).toBe('quang hanh');
    expect(placeKey('Thành phố Quảng Ngãi')).toBe('quang ngai');
  });

  it('resolves a legacy commune of a named district and rolls it up into the current commune', () => {
    const r = index.resolve({ commune: 'xa son bua', district: 'H. Sơn Tây' }, '51');
    expect(r).toEqual({ ok: true, place: { structure: 'legacy', code: '21331', currentCode: '21334', currentProvinceCode: '51' } });
  });

  it('prefers the current commune when no district is given', () => {
    const r = index.resolve({ commune: 'Phường Nghĩa Lộ' }, '51');
    expect(r.ok && r.place).toEqual({ structure: 'current', code: '21028', currentCode: '21028', currentProvinceCode: '51' });
    const legacy = index.resolve({ commune: 'Nghĩa Lộ', district: 'TP Quảng Ngãi' }, '51');
    expect(legacy.ok && legacy.place.structure).toBe('legacy');
  });

  it('narrows by the office province, or by the province column', () => {
    expect(index.resolve({ commune: 'Sơn Bua' }, '51')).toMatchObject({ ok: true, place: { code: '21331' } });
    expect(index.resolve({ commune: 'Sơn Bua', province: 'Quảng Ninh' }, '51')).toMatchObject({ ok: true, place: { code: '99999', currentProvinceCode: '22' } });
    // a commune only elsewhere resolves there: the caller reports the jurisdiction
    expect(index.resolve({ commune: 'Quang Hanh' }, '51')).toMatchObject({ ok: true, place: { currentProvinceCode: '22' } });
  });

  it('reports unknown places', () => {
    expect(index.resolve({ commune: 'Xã Không Có' }, '51')).toMatchObject({ ok: false, problem: 'unitUnknown' });
    expect(index.resolve({ commune: 'Sơn Bua', province: 'Tỉnh Mặt Trăng' }, '51')).toMatchObject({ ok: false, problem: 'unitUnknown' });
  });
});
