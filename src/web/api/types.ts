/** Shapes of the OCOP HTTP API as the web client uses them. */

export type Role = 'admin' | 'central' | 'province' | 'district' | 'commune' | 'council' | 'producer' | 'trade';
export const ROLE_CODES: readonly Role[] = [
  'admin',
  'central',
  'province',
  'district',
  'commune',
  'council',
  'producer',
  'trade',
];

export type UnitStructure = 'current' | 'legacy';
export type UnitLevel = 'province' | 'district' | 'commune';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitStructure: UnitStructure | null;
  unitCode: string | null;
  unitName: string | null;
  provinceCode: string | null;
  provinceName: string | null;
  entityId: string | null;
  capabilities: import('../../contracts/auth').Me['capabilities'];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

export interface Unit {
  structure: UnitStructure;
  code: string;
  level: UnitLevel;
  name: string;
  shortName: string;
  type: string;
  parentCode: string | null;
  provinceCode: string;
  hasChildren: boolean;
}

export interface UnitDetail extends Unit {
  path: Unit[];
}

export interface UnitMapping {
  legacyCode: string;
  legacyName: string | null;
  currentCode: string;
  currentName: string | null;
  part: 'full' | 'partial';
}

export interface ProductSubgroup {
  code: string;
  vi: string;
  en: string;
}
export interface ProductGroup extends ProductSubgroup {
  subgroups: ProductSubgroup[];
}

export type EntityType = 'enterprise' | 'cooperative' | 'cooperative_group' | 'household';
export const ENTITY_TYPES: readonly EntityType[] = ['enterprise', 'cooperative', 'cooperative_group', 'household'];

export interface Entity {
  id: string;
  version: number;
  type: EntityType;
  legalForm: string | null;
  name: string;
  taxCode: string | null;
  representative: string;
  address: string;
  unitStructure: UnitStructure;
  unitCode: string;
  unitName: string;
  provinceCode: string;
  provinceName: string;
  foundedYear: number | null;
  members: number | null;
  employees: number | null;
  womanLed: boolean;
  ethnicMinorityLed: boolean;
  certifications: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  productCount: number;
  createdAt: string;
  updatedAt: string;
}

export type EntityInput = Pick<
  Entity,
  | 'type'
  | 'legalForm'
  | 'name'
  | 'taxCode'
  | 'representative'
  | 'address'
  | 'unitCode'
  | 'foundedYear'
  | 'members'
  | 'employees'
  | 'womanLed'
  | 'ethnicMinorityLed'
  | 'certifications'
  | 'phone'
  | 'email'
  | 'website'
>;

export interface StarHistoryItem {
  stars: number;
  year: number;
  level: string;
  unitName: string | null;
  decision?: string | null;
}

export interface Product {
  id: string;
  version: number;
  entityId: string;
  entityName: string;
  name: string;
  groupCode: string;
  subgroupCode: string;
  description: string | null;
  story: string | null;
  rawMaterialOrigin: string | null;
  packaging: string | null;
  qualityStandard: string | null;
  trademark: string | null;
  gtin: string | null;
  priceVnd: number | null;
  priceUnit: string | null;
  whereToBuy: string | null;
  photos?: string[];
  stars: number | null;
  starHistory: StarHistoryItem[];
  unitCode: string;
  unitName: string;
  provinceCode: string;
  provinceName: string;
  createdAt: string;
  updatedAt: string;
}

export type ProductInput = Pick<
  Product,
  | 'entityId'
  | 'name'
  | 'groupCode'
  | 'subgroupCode'
  | 'description'
  | 'story'
  | 'rawMaterialOrigin'
  | 'packaging'
  | 'qualityStandard'
  | 'trademark'
  | 'gtin'
  | 'priceVnd'
  | 'priceUnit'
  | 'whereToBuy'
>;

export interface Figure {
  year: number;
  revenueVnd: number;
  costVnd: number;
  profitVnd: number;
  output: number | null;
  outputUnit: string | null;
  employees: number | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  note: string | null;
}

export interface Dashboard {
  scope: { kind: string; unitName: string | null };
  entities: number;
  products: number;
  productsByStars: Record<'1' | '2' | '3' | '4' | '5' | 'unrated', number>;
  productsByGroup: { code: string; count: number }[];
  entitiesByType: { type: string; count: number }[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitStructure: UnitStructure | null;
  unitCode: string | null;
  unitName: string | null;
  entityId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
}
