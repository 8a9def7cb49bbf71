import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/buyers.repository';
import * as usersRepo from '../../db/repositories/users.repository';
import * as notificationsRepo from '../../db/repositories/notifications.repository';
import { findUnit } from '../../db/repositories/units.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { actionsOn, authorize, may, mayAnywhere, scopeOf, type Actor, type Located } from '../../domain/policy';
import type { Buyer, BuyerInput, BuyerRegistration } from '../../contracts/buyers';
import { audit, diff, type AuditActor } from '../audit.service';
import { hashPassword } from '../auth.service';
import { resolveBinding } from '../users.service';

/** Buyer accounts: self-registration awaiting the provincial office, or created by an officer. */

const AUDIT_FIELDS = ['organisation', 'contactName', 'kind', 'email', 'phone', 'taxCode', 'provinceCode', 'status'];

function located(b: repo.BuyerRow): Located & { ownerUserId: string; status: string } {
  return { unitStructure: 'current', unitCode: b.unitCode, provinceCode: b.provinceCode, districtCode: b.districtCode, ownerUserId: b.userId, status: b.status };
}

function present(v: repo.BuyerView, actor: Actor | null): Buyer {
  const b = v.buyer;
  return {
    id: b.userId,
    version: b.version,
    organisation: b.organisation,
    contactName: b.contactName,
    kind: b.kind as Buyer['kind'],
    email: b.email,
    phone: b.phone,
    taxCode: b.taxCode,
    provinceCode: b.provinceCode,
    provinceName: v.provinceName,
    status: b.status as Buyer['status'],
    createdAt: b.createdAt.toISOString(),
    decidedAt: b.decidedAt ? b.decidedAt.toISOString() : null,
    actions: actionsOn(actor, 'buyer', located(b)),
  };
}

async function provincePlace(db: Executor, provinceCode: string) {
  const unit = await findUnit(db, 'current', provinceCode);
  if (!unit || unit.level !== 'province') throw new ValidationError([{ path: 'provinceCode', code: 'errors.trade.notProvince' }]);
  return { unitStructure: 'current' as const, unitCode: unit.code, provinceCode: unit.code, districtCode: null };
}

async function insertBuyerAccount(db: Db, who: AuditActor, input: BuyerRegistration, status: 'pending' | 'approved', decidedBy: string | null) {
  const email = input.email.trim().toLowerCase();
  const place = await provincePlace(db, input.provinceCode);
  if ((await usersRepo.findUserByUsername(db, email)) || (await repo.findBuyerByEmail(db, email))) {
    throw new ConflictError('errors.trade.emailTaken', { email });
  }
  const binding = await resolveBinding(db, { role: 'buyer', unitStructure: 'current', unitCode: place.unitCode, entityId: null });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await usersRepo.insertUser(tx, { username: email, displayName: input.organisation, passwordHash, role: 'buyer', ...binding, active: status === 'approved' });
    const profile = await repo.insertBuyer(tx, {
      userId: user.id,
      organisation: input.organisation,
      contactName: input.contactName,
      kind: input.kind,
      email,
      phone: input.phone ?? null,
      taxCode: input.taxCode ?? null,
      status,
      ...place,
      decidedBy,
      decidedAt: decidedBy ? new Date() : null,
    });
    await audit(tx, who.id ? who : { id: user.id, name: input.organisation }, status === 'pending' ? 'register' : 'create', 'buyer', user.id, diff(null, profile, AUDIT_FIELDS));
    if (status === 'pending') {
      // the provincial office of the buyer's province has a registration to approve
      const officers = await notificationsRepo.recipients(tx, { producerEntityId: null, officerRoles: ['province'], location: place, excludeUserId: null });
      await notificationsRepo.insertNotifications(
        tx,
        officers.map((userId) => ({ userId, itemType: 'buyer', itemId: user.id, title: input.organisation, action: 'registered', toStatus: 'pending', actorName: input.contactName })),
      );
    }
    return user.id;
  });
}

/** Public registration: the account cannot sign in until the provincial office approves it. */
export async function registerBuyer(db: Db, input: BuyerRegistration): Promise<{ status: 'pending' }> {
  await insertBuyerAccount(db, { id: null, name: null }, input, 'pending', null);
  return { status: 'pending' };
}

/** An officer creates the account on the buyer's behalf (approved at once), in its jurisdiction. */
export async function createBuyer(db: Db, actor: Actor, who: AuditActor, input: BuyerInput): Promise<Buyer> {
  if (!mayAnywhere(actor, 'create', 'buyer')) throw new ForbiddenError();
  const place = await provincePlace(db, input.provinceCode);
  if (!may(actor, 'create', 'buyer', { ...place, ownerUserId: '' })) throw new ValidationError([{ path: 'provinceCode', code: 'errors.unit.outOfScope' }]);
  const id = await insertBuyerAccount(db, who, input, 'approved', actor.id);
  return present((await repo.getBuyer(db, id))!, actor);
}

export async function listBuyers(db: Db, actor: Actor, q: { q?: string; status?: string; page: number; pageSize: number }) {
  const { rows, total } = await repo.listBuyers(db, { ...q, scope: scopeOf(actor, 'read', 'buyer') });
  return { items: rows.map((r) => present(r, actor)), total };
}

export async function getBuyer(db: Db, actor: Actor, id: string): Promise<Buyer> {
  const view = await repo.getBuyer(db, id);
  if (!view) throw new NotFoundError('buyer');
  authorize(actor, 'read', 'buyer', located(view.buyer));
  return present(view, actor);
}

/** Approves a pending registration: the account may sign in from now on. */
export async function approveBuyer(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<Buyer> {
  const view = await repo.getBuyer(db, id);
  if (!view) throw new NotFoundError('buyer');
  authorize(actor, 'approve', 'buyer', located(view.buyer));
  await db.transaction(async (tx) => {
    const after = await repo.updateBuyer(tx, id, version, { status: 'approved', decidedBy: actor.id, decidedAt: new Date() });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: view.buyer.version, sent: version });
    const user = await usersRepo.findUserById(tx, id);
    await usersRepo.updateUser(tx, id, user!.version, { active: true });
    await audit(tx, who, 'approve', 'buyer', id, diff(view.buyer, after, ['status']));
  });
  return present((await repo.getBuyer(db, id))!, actor);
}

/** Rejects a pending registration: the account never signs in (the e-mail stays taken). */
export async function rejectBuyer(db: Db, actor: Actor, who: AuditActor, id: string, version: number): Promise<Buyer> {
  const view = await repo.getBuyer(db, id);
  if (!view) throw new NotFoundError('buyer');
  authorize(actor, 'reject', 'buyer', located(view.buyer));
  await db.transaction(async (tx) => {
    const after = await repo.updateBuyer(tx, id, version, { status: 'rejected', decidedBy: actor.id, decidedAt: new Date() });
    if (!after) throw new ConflictError('errors.conflict.stale', { current: view.buyer.version, sent: version });
    await audit(tx, who, 'reject', 'buyer', id, diff(view.buyer, after, ['status']));
  });
  return present((await repo.getBuyer(db, id))!, actor);
}
