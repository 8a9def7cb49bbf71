import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, page, pagination, problemSchema } from './common';
import {
  cycleItemSchema,
  filed,
  itemListQuery,
  requestIdField,
  timelineEntrySchema,
  transitionBody,
  transitionDescription,
  versionParams,
  versionSchema,
  versionSummarySchema,
} from './cycle-items';
import { IDEA_ACTIONS, IDEA_STATUSES, ideaFormSchema, ideaMachine, legacyIdeaMachine, unitCodeSchema, type IdeaForm } from '../domain/cycle';

/** Step 2 of the annual cycle: product ideas (the idea registration form). */

const tags = ['cycle: ideas'];

export const ideaSchema = cycleItemSchema.extend({
  proposerName: z.string(),
  proposedEntity: z.object({ name: z.string(), type: z.string() }).nullable(),
});
export type Idea = z.infer<typeof ideaSchema>;

const lookAlikeSchema = z.object({
  products: z.array(z.object({ id: z.string(), name: z.string(), entityName: z.string(), stars: z.number().nullable(), unitName: z.string().nullable(), score: z.number() })),
  ideas: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), cycleYear: z.number(), entityName: z.string().nullable(), proposerName: z.string(), unitName: z.string().nullable(), score: z.number() })),
});

export const ideaDetailSchema = ideaSchema.extend({
  form: filed<IdeaForm>('the idea form as filed (the fields of `POST /api/ideas`)'),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(versionSummarySchema),
  businessPlanId: z.string().nullable().describe('the live business plan written for this idea'),
  canWritePlan: z.boolean().describe('the signed-in user may start the business plan of this (accepted) idea now'),
  lookAlikes: lookAlikeSchema.nullable().describe('registered products and other ideas of the province with a similar name (officers only)'),
});
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;

export const ideaVersionSchema = versionSchema(filed<IdeaForm>('the idea form as filed in this version'));
export type IdeaVersion = z.infer<typeof ideaVersionSchema>;

export const ideaBody = ideaFormSchema.safeExtend({
  unitCode: unitCodeSchema.optional().describe('commune of a would-be entity (officers; defaults to a commune officer’s commune)'),
  submit: z.boolean().optional().describe('file it with the commune right away (action `submit`)'),
  requestId: requestIdField,
});
export type IdeaInput = z.input<typeof ideaBody>;

export const ideaListQuery = z.object({ ...itemListQuery(IDEA_STATUSES), ...pagination });
export type IdeaFilters = z.input<typeof ideaListQuery>;

export const ideaTransitionBody = transitionBody(IDEA_ACTIONS);

export const ideas = {
  list: endpoint({
    method: 'GET',
    path: '/ideas',
    tags,
    summary: 'Product ideas (step 2) in the caller’s jurisdiction',
    description: `Statuses: ${IDEA_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
    querystring: ideaListQuery,
    response: { 200: page(ideaSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/ideas',
    tags,
    summary: 'Register a product idea (the idea form)',
    description:
      'Created as a `draft` (or filed at once with `submit: true`) by a producer, or by a commune officer on a producer’s behalf. Give `entityId` (a registered entity) or `proposedEntity` (the entity to be founded). Idempotent with an `Idempotency-Key` header or `requestId`: a retry answers the first result. 409 when the same idea is already registered in the cycle or the province has no open cycle for the year.',
    body: ideaBody,
    response: { 201: ideaDetailSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/ideas/:id',
    tags,
    summary: 'One product idea with its status, timeline and possible look-alikes',
    params: idParams,
    response: { 200: ideaDetailSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PUT',
    path: '/ideas/:id',
    tags,
    summary: 'Revise the idea form (drafts and returned ideas; send the version you read)',
    params: idParams,
    body: ideaBody.safeExtend({ version: z.number().int().min(1) }),
    response: { 200: ideaDetailSchema, ...errorResponses },
  }),
  transition: endpoint({
    method: 'POST',
    path: '/ideas/:id/transitions',
    tags,
    summary: 'Move an idea on: submit, receive, forward, accept, return, reject, resubmit, withdraw',
    description: transitionDescription(ideaMachine, legacyIdeaMachine),
    params: idParams,
    body: ideaTransitionBody,
    response: { 200: ideaDetailSchema, ...errorResponses, 403: problemSchema },
  }),
  version: endpoint({
    method: 'GET',
    path: '/ideas/:id/versions/:number',
    tags,
    summary: 'A filed version of the idea form',
    params: versionParams,
    response: { 200: ideaVersionSchema, ...errorResponses },
  }),
};
