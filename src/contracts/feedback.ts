import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams } from './common';
import { localizedSchema, partsSchema } from './criteria-sets';
import { disagreementSchema, productResultSchema, recognitionOutcomeSchema } from './rounds';
import { PART_CODES } from '../domain/criteria/types';
import { ROUND_LEVELS, ROUND_STATUSES } from '../domain/ranking/rounds';

/**
 * Feedback that helps producers improve (SPEC C4): where a product lost points in its latest
 * round, the points needed for the next class and the cheapest upgrades; and the producer's
 * own self-assessment on the criteria in force.
 */

const tags = ['evaluation'];

export const feedbackSchema = z.object({
  total: z.number(),
  totalText: z.string(),
  stars: z.number().int(),
  lostPoints: z
    .array(z.object({ criterionCode: z.string(), part: z.enum(PART_CODES), section: z.string(), name: localizedSchema, maxPoints: z.number(), got: z.number(), lost: z.number() }))
    .describe('largest losses first'),
  target: z.object({ stars: z.number().int(), threshold: z.number(), pointsNeeded: z.number() }).nullable().describe('the next class up; null at the top'),
  reachable: z.boolean(),
  mustFix: z.array(z.object({ criterionCode: z.string(), name: localizedSchema, reason: localizedSchema.nullable() })).describe('answers that exclude the product'),
  plan: z
    .object({
      gain: z.number(),
      overshoot: z.number(),
      upgrades: z.array(
        z.object({
          criterionCode: z.string(),
          name: localizedSchema,
          fromPoints: z.number(),
          toOptionCode: z.string(),
          toOptionLabel: localizedSchema,
          toPoints: z.number(),
          gain: z.number(),
        }),
      ),
    })
    .nullable()
    .describe('the cheapest improvements that reach the target (fewest criteria changed, then the smallest overshoot)'),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const productFeedbackSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  entityName: z.string(),
  groupCode: z.string(),
  history: z.array(
    z.object({
      roundId: z.string(),
      roundName: z.string(),
      date: z.string(),
      level: z.enum(ROUND_LEVELS),
      status: z.enum(ROUND_STATUSES),
      meanTotal: z.number().nullable(),
      stars: z.number().int().nullable(),
      outcome: z.string().describe('the outcome action'),
    }),
  ),
  current: z
    .object({
      stars: z.number().int().nullable().describe("the product's current class, as the catalogue shows it"),
      certificate: z
        .object({ number: z.string(), stars: z.number().int(), issuedOn: z.string(), validUntil: z.string(), decisionNumber: z.string().nullable(), level: z.string() })
        .nullable()
        .describe('its valid certificate, if any'),
      recognition: z.object({ stars: z.number().int(), year: z.number().int(), level: z.string(), decision: z.string().nullable() }).nullable().describe('its latest recognition on record'),
    })
    .describe('what the current class rests on, so the feedback of a round is not mistaken for it'),
  round: z
    .object({
      id: z.string(),
      name: z.string(),
      date: z.string(),
      level: z.enum(ROUND_LEVELS),
      status: z.enum(ROUND_STATUSES),
      decisionNumber: z.string().nullable(),
      rule: z.string().describe('the rule version the round was scored under, as a label ("Quyết định 148/QĐ-TTg")'),
    })
    .nullable(),
  criteriaSetCode: z.string().nullable(),
  result: z
    .object({
      meanTotal: z.number().nullable(),
      meanTotalText: z.string().nullable(),
      parts: partsSchema.nullable(),
      stars: z.number().int().nullable(),
      disqualified: z.boolean(),
      stopped: z.boolean().describe('scoring stopped on a "stop" knock-out: not recognised whatever the total'),
      knockOuts: productResultSchema.shape.knockOutReasons.unwrap().describe('knock-out rules the council hit, with their reasons'),
      starsByTotal: z.number().int().nullable(),
      missedMinimums: productResultSchema.shape.missedMinimums.unwrap(),
      outcome: recognitionOutcomeSchema,
      disagreements: z.array(disagreementSchema),
    })
    .nullable(),
  feedback: feedbackSchema.nullable(),
});
export type ProductFeedback = z.infer<typeof productFeedbackSchema>;

export const selfAssessmentSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  criteriaSetCode: z.string(),
  answers: z.record(z.string(), z.string()),
  total: z.number(),
  parts: partsSchema,
  complete: z.boolean(),
  missing: z.array(z.string()),
  predictedStars: z.number().int(),
  isLowerBound: z.boolean().describe('the sheet is incomplete: the class is a lower bound'),
  disqualified: z.boolean(),
  disqualifiedBy: z.array(z.object({ criterionCode: z.string(), optionCode: z.string(), reason: localizedSchema })),
  eligibleForCertificate: z.boolean(),
  feedback: feedbackSchema,
});
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

export const feedback = {
  product: endpoint({
    method: 'GET',
    path: '/products/:id/feedback',
    tags,
    summary: 'Producer feedback from the latest round: lost points, points needed for the next class, cheapest improvements',
    description: 'Producers see the results of approved rounds; officers also those of closed rounds awaiting approval.',
    params: idParams,
    querystring: z.object({ roundId: z.uuid().optional().describe('another round of the product (default: the latest)') }),
    response: { 200: productFeedbackSchema, ...errorResponses },
  }),
  latestSelfAssessment: endpoint({
    method: 'GET',
    path: '/products/:id/self-assessment',
    tags,
    summary: 'The latest self-assessment of a product',
    params: idParams,
    response: { 200: z.object({ item: selfAssessmentSchema.nullable() }), ...errorResponses },
  }),
  selfAssess: endpoint({
    method: 'POST',
    path: '/products/:id/self-assessment',
    tags,
    summary: 'Self-assess a product on the criteria in force and get the predicted class',
    params: idParams,
    body: z.object({ answers: z.record(z.string(), z.string().max(8).nullable()), criteriaSetCode: z.string().max(64).optional() }),
    response: { 201: selfAssessmentSchema, ...errorResponses },
  }),
};
