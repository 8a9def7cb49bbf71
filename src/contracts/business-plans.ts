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
import { fileSchema } from './files';
import {
  BUSINESS_PLAN_ACTIONS,
  BUSINESS_PLAN_STATUSES,
  businessPlanFormSchema,
  businessPlanMachine,
  cycleYearSchema,
  legacyBusinessPlanMachine,
  type BusinessPlanContent,
} from '../domain/cycle';

/** Step 3 of the annual cycle: business plans, appraised, every filed version kept. */

const tags = ['cycle: business plans'];

export const businessPlanSchema = cycleItemSchema.extend({ ideaId: z.string().nullable() });
export type BusinessPlan = z.infer<typeof businessPlanSchema>;

const planContent = (description: string) => filed<BusinessPlanContent>(description);

export const businessPlanDetailSchema = businessPlanSchema.extend({
  content: planContent('the plan: product, marketAndCustomers, production, organisation, finance'),
  attachments: z.array(fileSchema),
  timeline: z.array(timelineEntrySchema),
  versions: z.array(versionSummarySchema).describe('every filed version, newest first'),
  dossierId: z.string().nullable().describe('the live evaluation dossier prepared from this plan'),
  canPrepareDossier: z.boolean().describe('the signed-in user may open the evaluation dossier of this (accepted) plan now'),
});
export type BusinessPlanDetail = z.infer<typeof businessPlanDetailSchema>;

export const businessPlanVersionSchema = versionSchema(planContent('the plan as filed in this version'));
export type BusinessPlanVersion = z.infer<typeof businessPlanVersionSchema>;

export const businessPlanBody = businessPlanFormSchema.safeExtend({
  cycleYear: cycleYearSchema.optional().describe('cycle year when there is no idea (default: this year)'),
  submit: z.boolean().optional().describe('file it with the commune right away (action `submit`)'),
  requestId: requestIdField,
});
export type BusinessPlanInput = z.input<typeof businessPlanBody>;

export const businessPlanListQuery = z.object({ ...itemListQuery(BUSINESS_PLAN_STATUSES), ideaId: z.uuid().optional(), ...pagination });
export type BusinessPlanFilters = z.input<typeof businessPlanListQuery>;

export const businessPlanTransitionBody = transitionBody(BUSINESS_PLAN_ACTIONS);

export const businessPlans = {
  list: endpoint({
    method: 'GET',
    path: '/business-plans',
    tags,
    summary: 'Business plans (step 3) in the caller’s jurisdiction',
    description: `Statuses: ${BUSINESS_PLAN_STATUSES.map((s) => `\`${s}\``).join(', ')}.`,
    querystring: businessPlanListQuery,
    response: { 200: page(businessPlanSchema), ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/business-plans',
    tags,
    summary: 'Start a business plan (for a selected idea, or for a registered entity)',
    description:
      'Created as a `draft` (or filed at once with `submit: true`). With `ideaId` the idea must be `accepted`; one live plan per idea (409 otherwise). Amounts are whole VND. Idempotent with an `Idempotency-Key` header or `requestId`.',
    body: businessPlanBody,
    response: { 201: businessPlanDetailSchema, ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/business-plans/:id',
    tags,
    summary: 'One business plan with its versions, attachments and timeline',
    params: idParams,
    response: { 200: businessPlanDetailSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PUT',
    path: '/business-plans/:id',
    tags,
    summary: 'Save the plan being written or revised (drafts and returned plans; send the version you read)',
    params: idParams,
    body: businessPlanBody.safeExtend({ version: z.number().int().min(1) }),
    response: { 200: businessPlanDetailSchema, ...errorResponses },
  }),
  transition: endpoint({
    method: 'POST',
    path: '/business-plans/:id/transitions',
    tags,
    summary: 'Move a plan on: submit, forward, start-appraisal, accept, return, reject, resubmit, withdraw',
    description: transitionDescription(businessPlanMachine, legacyBusinessPlanMachine),
    params: idParams,
    body: businessPlanTransitionBody,
    response: { 200: businessPlanDetailSchema, ...errorResponses, 403: problemSchema },
  }),
  version: endpoint({
    method: 'GET',
    path: '/business-plans/:id/versions/:number',
    tags,
    summary: 'A filed version of the plan (every version is kept)',
    params: versionParams,
    response: { 200: businessPlanVersionSchema, ...errorResponses },
  }),
};
