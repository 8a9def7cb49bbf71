import { z } from 'zod';
import { httpUrl, optionalText, requiredText } from '../text/zod-fields';

const productFields = {
  entityId: z.uuid('errors.entity.unknown'),
  name: requiredText(300),
  groupCode: z.string().regex(/^[1-6]$/, 'errors.group.unknown'),
  subgroupCode: z.string().regex(/^[1-6]\.\d{1,2}$/, 'errors.invalidFormat'),
  description: optionalText(5000),
  story: optionalText(20000),
  rawMaterialOrigin: optionalText(1000),
  packaging: optionalText(1000),
  qualityStandard: optionalText(500),
  trademark: optionalText(300),
  gtin: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null)),
  priceVnd: z.number().int().min(0).max(1_000_000_000_000).nullish().transform((v) => v ?? null),
  priceUnit: optionalText(50),
  whereToBuy: optionalText(2000),
  photos: z.array(httpUrl()).max(20).default([]),
  /** The producer publishes the yearly business figures on the public product page. */
  figuresPublic: z.boolean().default(false),
};

export const productCreateSchema = z
  .object({
    ...productFields,
    /** Confirms a product whose name matches a live product of the same entity is another product. */
    distinct: z.boolean().optional(),
  })
  .strict();
export type ProductCreateInput = z.infer<typeof productCreateSchema>;

export const productPatchSchema = z
  .object({
    name: productFields.name.optional(),
    groupCode: productFields.groupCode.optional(),
    subgroupCode: productFields.subgroupCode.optional(),
    description: productFields.description.optional(),
    story: productFields.story.optional(),
    rawMaterialOrigin: productFields.rawMaterialOrigin.optional(),
    packaging: productFields.packaging.optional(),
    qualityStandard: productFields.qualityStandard.optional(),
    trademark: productFields.trademark.optional(),
    gtin: productFields.gtin.optional(),
    priceVnd: productFields.priceVnd.optional(),
    priceUnit: productFields.priceUnit.optional(),
    whereToBuy: productFields.whereToBuy.optional(),
    photos: productFields.photos.unwrap().optional(),
    figuresPublic: z.boolean().optional(),
    version: z.number({ error: 'errors.versionRequired' }).int().min(1),
  })
  .strict();
export type ProductPatchInput = z.infer<typeof productPatchSchema>;

const thisYear = new Date().getUTCFullYear();
export const FIGURE_MIN_YEAR = 2000;
export const figureYearSchema = z.coerce.number().int().min(FIGURE_MIN_YEAR).max(thisYear);

/** Yearly business figures; amounts in VND (profit may be negative). */
export const figureSchema = z
  .object({
    revenueVnd: z.number().int().min(0),
    costVnd: z.number().int().min(0),
    profitVnd: z.number().int().nullish().describe('entered as the records state it; omitted or null: revenue − cost'),
    output: z.number().int().min(0).nullish().transform((v) => v ?? null),
    outputUnit: optionalText(50),
    employees: z.number().int().min(0).nullish().transform((v) => v ?? null),
  })
  .strict()
  .transform((f) => ({ ...f, profitVnd: f.profitVnd ?? f.revenueVnd - f.costVnd }));
export type FigureInput = z.infer<typeof figureSchema>;
