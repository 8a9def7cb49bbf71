import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses } from './common';
import { ITEM_KINDS, queryBool } from './cycle-items';

/** Work queues of the annual cycle: what waits for the signed-in user, with due dates. */

export const workItemSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  id: z.string(),
  productName: z.string(),
  entityName: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  cycleYear: z.number(),
  status: z.string(),
  statusLabel: z.string(),
  step: z.number(),
  waitingSince: z.string().describe('when the item entered its status'),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  daysLeft: z.number().nullable(),
  late: z.boolean(),
  yourTurn: z.boolean().describe('the item waits for the caller'),
  waitingFor: z.array(z.string()),
  actions: z.array(z.string()).describe('what the caller may do now'),
  lastNote: z.string().nullable().describe('e.g. the reason an item was returned'),
  version: z.number(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const nextStepSchema = z.object({
  type: z.enum(['write-business-plan', 'prepare-dossier']),
  ideaId: z.string().optional(),
  businessPlanId: z.string().optional(),
  productName: z.string(),
  cycleYear: z.number(),
  since: z.string(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

export const worklistSchema = z.object({
  today: z.string(),
  role: z.string(),
  items: z.array(workItemSchema),
  total: z.number(),
  overdue: z.number(),
  yourTurn: z.number(),
  nextSteps: z.array(nextStepSchema),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const worklistQuery = z.object({ kind: z.enum(ITEM_KINDS).optional(), overdue: queryBool });
export type WorklistFilters = z.input<typeof worklistQuery>;

export const worklist = endpoint({
  method: 'GET',
  path: '/worklist',
  tags: ['cycle'],
  summary: 'Work queue: what waits for the caller, oldest first, with due dates and overdue marking',
  description:
    'Officers: the ideas, business plans and dossiers of their unit that wait for their action (items back with the filer count only when an officer filed them). Producers: every live item of their entity with where it is and what is asked of them (`yourTurn`), plus `nextSteps` they can start.',
  querystring: worklistQuery,
  response: { 200: worklistSchema, ...errorResponses },
});
