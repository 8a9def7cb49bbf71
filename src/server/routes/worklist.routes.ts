import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import { getWorklist } from '../../services/cycle/worklist.service';
import { errorResponses } from './common';
import { cycleCtx, queryBool } from './cycle-support';

const workItemSchema = z.object({
  kind: z.enum(['idea', 'business-plan', 'dossier']),
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

export async function worklistRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    '/worklist',
    {
      schema: {
        tags: ['cycle'],
        summary: 'Work queue: what waits for the caller, oldest first, with due dates and overdue marking',
        description:
          'Officers: the ideas, business plans and dossiers of their unit that wait for their action (items back with the filer count only when an officer filed them). Producers: every live item of their entity with where it is and what is asked of them (`yourTurn`), plus `nextSteps` they can start.',
        querystring: z.object({ kind: z.enum(['idea', 'business-plan', 'dossier']).optional(), overdue: queryBool }),
        response: {
          200: z.object({
            today: z.string(),
            role: z.string(),
            items: z.array(workItemSchema),
            total: z.number(),
            overdue: z.number(),
            yourTurn: z.number(),
            nextSteps: z.array(
              z.object({
                type: z.enum(['write-business-plan', 'prepare-dossier']),
                ideaId: z.string().optional(),
                businessPlanId: z.string().optional(),
                productName: z.string(),
                cycleYear: z.number(),
                since: z.string(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => getWorklist(cycleCtx(request, db), request.query),
  );
}
