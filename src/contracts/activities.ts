import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, errorResponses, idParams, noContent } from './common';
import { COMMUNICATION_KINDS, communicationLogSchema, trainingClassSchema } from '../domain/cycle';
import { ACTIVITY_LOG_ACTIONS } from '../domain/policy/activity-log';

/** Step 1 of the annual cycle: communication activity and training classes per unit and year. */

const tags = ['cycle: communication and training'];

/** Where and by whom an entry was logged, and what the signed-in user may do with it. */
const loggedShape = {
  unitCode: z.string(),
  unitName: z.string().nullable(),
  unitLevel: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  actions: actionsOf(ACTIVITY_LOG_ACTIONS),
};

export const communicationEntrySchema = z.object({
  id: z.string(),
  year: z.number(),
  kind: z.string().describe(`one of ${COMMUNICATION_KINDS.join(', ')}`),
  count: z.number(),
  budgetVnd: z.number(),
  date: z.string(),
  title: z.string().nullable(),
  ...loggedShape,
});
export type CommunicationEntry = z.infer<typeof communicationEntrySchema>;

export const trainingEntrySchema = z.object({
  id: z.string(),
  year: z.number(),
  topic: z.string(),
  participants: z.number(),
  budgetVnd: z.number(),
  date: z.string(),
  ...loggedShape,
});
export type TrainingEntry = z.infer<typeof trainingEntrySchema>;

const changeSchema = z.object({ current: z.number(), previous: z.number(), change: z.number(), changePercent: z.number().nullable() });
export type Change = z.infer<typeof changeSchema>;

export const activitySummarySchema = z.object({
  year: z.number(),
  previousYear: z.number(),
  communication: z.array(z.object({ kind: z.string(), count: changeSchema, budgetVnd: changeSchema })),
  training: z.object({ classes: changeSchema, participants: changeSchema, budgetVnd: changeSchema }),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

const activityFilter = z.object({
  year: z.coerce.number().int().min(2013).max(2100).optional(),
  unit: z.string().max(5).optional().describe('province (2 digits) or commune (5) code'),
});

export const activities = {
  list: endpoint({
    method: 'GET',
    path: '/communication',
    tags,
    summary: 'Step 1 logs: communication activity and training classes per unit and year',
    querystring: activityFilter,
    response: {
      200: z.object({
        communication: z.array(communicationEntrySchema),
        training: z.array(trainingEntrySchema),
        canEdit: z.boolean().describe('the signed-in user may log activity (somewhere in its area)'),
      }),
      ...errorResponses,
    },
  }),
  summary: endpoint({
    method: 'GET',
    path: '/communication/summary',
    tags,
    summary: 'A year’s communication and training totals beside the previous year, with the change (absolute and %)',
    querystring: activityFilter.extend({ year: z.coerce.number().int().min(2013).max(2100) }),
    response: { 200: activitySummarySchema, ...errorResponses },
  }),
  addCommunication: endpoint({
    method: 'POST',
    path: '/communication',
    tags,
    summary: 'Log communication activity (articles, reportages, broadcasts, loudspeaker slots, conferences)',
    description: '`unitCode` is the province or commune the activity is counted for, inside your jurisdiction.',
    body: communicationLogSchema,
    response: { 201: communicationEntrySchema, ...errorResponses },
  }),
  removeCommunication: endpoint({
    method: 'DELETE',
    path: '/communication/:id',
    tags,
    summary: 'Delete a communication log entry',
    params: idParams,
    response: { 204: noContent, ...errorResponses },
  }),
  addTraining: endpoint({
    method: 'POST',
    path: '/training-classes',
    tags,
    summary: 'Log a training class (topic, participants, budget)',
    description: '`unitCode` defaults to your own unit (your province for provincial staff).',
    body: trainingClassSchema,
    response: { 201: trainingEntrySchema, ...errorResponses },
  }),
  removeTraining: endpoint({
    method: 'DELETE',
    path: '/training-classes/:id',
    tags,
    summary: 'Delete a training class',
    params: idParams,
    response: { 204: noContent, ...errorResponses },
  }),
};
