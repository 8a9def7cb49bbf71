import { hasWorkQueue, isProducer, OFFICER_ROLES, scopeOf } from '../../domain/policy';
import * as repo from '../../db/repositories/worklist.repository';
import type { ItemType } from '../../db/repositories/workflow.repository';
import { availableActions, isDue, machineOf, queueStatuses, stepOfItem, waitingParty, waitsFor, WORKFLOW_KINDS, type Procedure } from '../../domain/cycle';
import type { Role } from '../../domain/users/roles';
import { todayVN, type CycleCtx } from './workflow';
import type { NextStep, WorkItem, Worklist } from '../../contracts/worklist';

/**
 * Work queues (SPEC C3): what waits for an officer's action in their unit, oldest first, with
 * the due date and overdue marking; for a producer, where each of their items is and what is
 * asked of them, plus the next steps they can start (a plan for a selected idea, a dossier
 * for an accepted plan).
 */

const PROCEDURES: Procedure[] = ['current', 'legacy'];
const LIMIT = 500;

function filtersFor(kind: ItemType, role: Role): repo.QueueFilter[] {
  return PROCEDURES.map((procedure) => {
    const machine = machineOf(kind, procedure);
    if (isProducer(role)) {
      const live = Object.keys(machine.statuses).filter((s) => !machine.statuses[s].terminal);
      return { procedure, always: live, filedBy: null };
    }
    const qs = queueStatuses(machine, role);
    return { procedure, always: qs.always, filedBy: { roles: [...OFFICER_ROLES], statuses: qs.ifFiledByOfficer } };
  });
}

export interface WorklistQuery {
  kind?: ItemType;
  overdue?: boolean;
}

export async function getWorklist(ctx: CycleCtx, q: WorklistQuery = {}): Promise<Worklist> {
  const role = ctx.actor.role;
  const today = todayVN();
  const scope = scopeOf(ctx.actor, 'read', 'cycleItem');
  const kinds = (q.kind ? [q.kind] : [...WORKFLOW_KINDS]) as ItemType[];
  const participates = hasWorkQueue(ctx.actor);
  const items = participates
    ? (
        await Promise.all(
          kinds.map(async (kind) => {
            const rows = await repo.queueItems(ctx.db, kind, { scope, filters: filtersFor(kind, role), limit: LIMIT });
            return rows.map((r): WorkItem => {
              const machine = machineOf(kind, r.procedure === 'legacy' ? 'legacy' : 'current');
              const due = isDue(r.dueOn, today);
              const party = waitingParty(machine, r);
              const yourTurn = waitsFor(machine, r, role);
              return {
                kind,
                id: r.id,
                productName: r.productName,
                entityName: r.entityName,
                unitCode: r.unitCode,
                unitName: r.unitName,
                cycleYear: r.cycleYear,
                status: r.status,
                statusLabel: machine.statuses[r.status]?.label[ctx.lang] ?? r.status,
                step: stepOfItem(kind),
                waitingSince: r.statusChangedAt.toISOString(),
                dueOn: r.dueOn,
                overdue: due.overdue,
                daysLeft: due.daysLeft,
                late: r.late,
                yourTurn,
                waitingFor: party.roles,
                actions: yourTurn ? availableActions(machine, r.status, role).filter((a) => a !== 'withdraw') : [],
                lastNote: r.lastNote,
                version: r.version,
              };
            });
          }),
        )
      ).flat()
    : [];
  const filtered = q.overdue ? items.filter((i) => i.overdue) : items;
  filtered.sort((a, b) => Number(b.yourTurn) - Number(a.yourTurn) || (a.waitingSince < b.waitingSince ? -1 : a.waitingSince > b.waitingSince ? 1 : 0));
  let nextSteps: NextStep[] = [];
  if (isProducer(role) && ctx.actor.entityId && !q.kind) {
    const c = await repo.nextStepCandidates(ctx.db, ctx.actor.entityId);
    nextSteps = [
      ...c.ideasWithoutPlan.map((i) => ({ type: 'write-business-plan' as const, ideaId: i.id, productName: i.productName, cycleYear: i.cycleYear, since: i.statusChangedAt.toISOString() })),
      ...c.plansWithoutDossier.map((p) => ({ type: 'prepare-dossier' as const, businessPlanId: p.id, productName: p.productName, cycleYear: p.cycleYear, since: p.statusChangedAt.toISOString() })),
    ];
  }
  return {
    today,
    role,
    items: filtered,
    total: filtered.length,
    overdue: filtered.filter((i) => i.overdue && i.yourTurn).length,
    yourTurn: filtered.filter((i) => i.yourTurn).length,
    nextSteps,
  };
}
