import type { Db, Executor } from '../db/client';
import * as repo from '../db/repositories/users.repository';
import { findUnit } from '../db/repositories/units.repository';
import { getEntity } from '../db/repositories/entities.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors';
import { accountNeedsEntity, accountUnitLevel, actionsOn, capabilities, mayAnywhere, type Actor, type UnitStructure } from '../domain/policy';
import type { User } from '../contracts/users';
import type { Me } from '../contracts/auth';
import { actorOf } from './auth.service';
import type { Role } from '../domain/users/roles';
import { audit, diff, type AuditActor } from './audit.service';
import { hashPassword } from './auth.service';

const USER_AUDIT_FIELDS = ['username', 'displayName', 'role', 'unitStructure', 'unitCode', 'entityId', 'active'];

export function presentUser(u: repo.UserRow, unitName: string | null, actor: Actor | null): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    unitStructure: u.unitStructure as UnitStructure,
    unitCode: u.unitCode,
    unitName,
    provinceCode: u.provinceCode,
    entityId: u.entityId,
    active: u.active,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    actions: actionsOn(actor, 'user', { id: u.id }),
  };
}

/** The national pseudo-unit that central and admin accounts are bound to. */
export const NATIONAL_UNIT = 'VN';

export interface UserBinding {
  role: Role;
  unitStructure: 'current' | 'legacy';
  unitCode: string;
  entityId: string | null;
}

/** Checks that a role fits its unit and entity, and derives the jurisdiction columns. */
export async function resolveBinding(db: Executor, b: UserBinding) {
  const wantLevel = accountUnitLevel(b.role);
  if (wantLevel === 'national') {
    return { unitStructure: 'current' as const, unitCode: NATIONAL_UNIT, provinceCode: null, districtCode: null, entityId: null };
  }
  const unit = await findUnit(db, b.unitStructure, b.unitCode);
  if (!unit) throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.unknown', params: { code: b.unitCode } }]);
  if (wantLevel && unit.level !== wantLevel) throw new ValidationError([{ path: 'unitCode', code: 'errors.invalid' }]);
  let entityId: string | null = null;
  if (accountNeedsEntity(b.role)) {
    if (!b.entityId) throw new ValidationError([{ path: 'entityId', code: 'errors.role.entityRequired' }]);
    const entity = await getEntity(db, b.entityId);
    if (!entity) throw new ValidationError([{ path: 'entityId', code: 'errors.entity.unknown' }]);
    entityId = entity.entity.id;
  }
  return {
    unitStructure: unit.structure,
    unitCode: unit.code,
    provinceCode: unit.currentProvinceCode,
    districtCode: unit.level === 'district' ? unit.code : unit.districtCode,
    entityId,
  };
}

export async function listUsers(db: Db, actor: Actor, q: { q?: string; role?: Role; page: number; pageSize: number }) {
  if (!mayAnywhere(actor, 'read', 'user')) throw new ForbiddenError();
  const { rows, total } = await repo.listUsers(db, q);
  return { items: rows.map((r) => presentUser(r.user, r.unitName, actor)), total };
}

export interface CreateUserInput extends UserBinding {
  username: string;
  displayName: string;
  password: string;
}

export async function createUser(db: Db, actor: Actor, who: AuditActor, input: CreateUserInput) {
  if (!mayAnywhere(actor, 'create', 'user')) throw new ForbiddenError();
  const binding = await resolveBinding(db, input);
  const username = input.username.toLowerCase();
  if (await repo.findUserByUsername(db, username)) throw new ConflictError('errors.conflict.username', { username });
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, { username, displayName: input.displayName, passwordHash, role: input.role, ...binding });
    await audit(tx, who, 'create', 'user', row.id, diff(null, row, USER_AUDIT_FIELDS));
    return row.id;
  });
  const view = await repo.userWithUnit(db, id);
  return presentUser(view.user, view.unitName, actor);
}

export interface UpdateUserInput {
  displayName?: string;
  role?: Role;
  unitStructure?: 'current' | 'legacy';
  unitCode?: string;
  entityId?: string | null;
  active?: boolean;
  version: number;
}

export async function updateUser(db: Db, actor: Actor, who: AuditActor, id: string, input: UpdateUserInput) {
  if (!mayAnywhere(actor, 'update', 'user')) throw new ForbiddenError();
  const before = await repo.findUserById(db, id);
  if (!before) throw new NotFoundError('user');
  const { version, displayName, active, ...bindingChange } = input;
  let binding = {};
  if (Object.keys(bindingChange).length > 0) {
    binding = await resolveBinding(db, {
      role: (bindingChange.role ?? before.role) as Role,
      unitStructure: bindingChange.unitStructure ?? (before.unitStructure as 'current' | 'legacy'),
      unitCode: bindingChange.unitCode ?? before.unitCode,
      entityId: bindingChange.entityId !== undefined ? bindingChange.entityId : before.entityId,
    });
  }
  await db.transaction(async (tx) => {
    const after = await repo.updateUser(tx, id, version, {
      ...(displayName !== undefined ? { displayName } : {}),
      ...(active !== undefined ? { active } : {}),
      ...(bindingChange.role ? { role: bindingChange.role } : {}),
      ...binding,
    });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: before.version, sent: version });
    // A changed role, unit or deactivation takes effect at once: end the user's sessions.
    if (Object.keys(bindingChange).length > 0 || active === false) await repo.deleteSessionsOfUser(tx, id);
    await audit(tx, who, 'update', 'user', id, diff(before, after, USER_AUDIT_FIELDS));
  });
  const view = await repo.userWithUnit(db, id);
  return presentUser(view.user, view.unitName, actor);
}

export async function resetPassword(db: Db, actor: Actor, who: AuditActor, id: string, password: string): Promise<void> {
  if (!mayAnywhere(actor, 'resetPassword', 'user')) throw new ForbiddenError();
  const user = await repo.findUserById(db, id);
  if (!user) throw new NotFoundError('user');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, id, user.version, { passwordHash });
    await repo.deleteSessionsOfUser(tx, id);
    await audit(tx, who, 'password.reset', 'user', id);
  });
}

/** The signed-in user, with what they may start (menus and "new" buttons follow it). */
export async function me(db: Db, userId: string): Promise<Me> {
  const view = await repo.userWithUnit(db, userId);
  const { actions: _actions, ...user } = presentUser(view.user, view.unitName, null);
  return { ...user, provinceName: view.provinceName, capabilities: capabilities(actorOf(view.user)) };
}
