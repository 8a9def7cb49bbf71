/**
 * The API's shapes as the web client uses them: re-exported from the contracts
 * (src/contracts), which the server's routes are registered from. Nothing is retyped here.
 */
export type { Items, Page } from '../../contracts/common';
export type { AuditEvent } from '../../contracts/common';
export type { Me } from '../../contracts/auth';
export type { Entity, EntityInput, EntityPatch, EntityFilters } from '../../contracts/entities';
export type { Product, ProductInput, ProductPatch, ProductFilters, StarHistoryItem, Figure, FigureInput } from '../../contracts/products';
export type { Unit, UnitDetail, UnitMapping, UnitLevel, UnitQuery, ProductGroup, ProductSubgroup } from '../../contracts/units';
export type { User, UserInput, UserPatch, UserFilters } from '../../contracts/users';
export type { Dashboard } from '../../contracts/system';
export type { Role } from '../../domain/users/roles';
export type { UnitStructure } from '../../domain/policy/scope';
export type { Capability } from '../../domain/policy';
export { ROLES as ROLE_CODES } from '../../domain/users/roles';
export { ENTITY_TYPES, type EntityType } from '../../domain/entities/entity.schema';
