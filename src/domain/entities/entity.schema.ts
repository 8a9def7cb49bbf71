import { z } from 'zod';
import { httpUrl, optionalInt, optionalText, requiredText } from '../text/zod-fields';

export const ENTITY_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Record<EntityType, { vi: string; en: string }> = {
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  household: { vi: 'Hộ sản xuất, kinh doanh', en: 'Household business' },
};

/** Certifications commonly held by OCOP producers (free text is accepted too). */
export const COMMON_CERTIFICATIONS = ['VietGAP', 'GlobalGAP', 'Hữu cơ (TCVN 11041)', 'HACCP', 'ISO 22000', 'ISO 9001', 'GMP', 'FSSC 22000'];

const thisYear = new Date().getUTCFullYear();

export const entityFields = {
  type: z.enum(ENTITY_TYPES),
  legalForm: optionalText(100),
  name: requiredText(300),
  taxCode: z
    .string()
    .transform((s) => s.replace(/\s+/g, ''))
    .nullish()
    .transform((v) => (v ? v : null)),
  representative: requiredText(200),
  address: requiredText(500),
  unitCode: z.string().regex(/^\d{5}$/, 'errors.unit.notCommune'),
  foundedYear: optionalInt(1900, thisYear),
  members: optionalInt(0, 1_000_000),
  employees: optionalInt(0, 1_000_000),
  womanLed: z.boolean().default(false),
  ethnicMinorityLed: z.boolean().default(false),
  certifications: z.array(requiredText(100)).max(30).default([]),
  phone: z
    .string()
    .regex(/^[0-9+().\s-]{6,30}$/, 'errors.invalidFormat')
    .nullish()
    .transform((v) => v ?? null),
  email: z.email('errors.invalidEmail').nullish().transform((v) => v ?? null),
  website: httpUrl().nullish().transform((v) => v ?? null),
};

export const entityCreateSchema = z.object(entityFields).strict();
export type EntityCreateInput = z.infer<typeof entityCreateSchema>;

export const entityPatchSchema = z
  .object({
    type: entityFields.type.optional(),
    legalForm: entityFields.legalForm.optional(),
    name: entityFields.name.optional(),
    taxCode: entityFields.taxCode.optional(),
    representative: entityFields.representative.optional(),
    address: entityFields.address.optional(),
    unitCode: entityFields.unitCode.optional(),
    foundedYear: entityFields.foundedYear.optional(),
    members: entityFields.members.optional(),
    employees: entityFields.employees.optional(),
    womanLed: z.boolean().optional(),
    ethnicMinorityLed: z.boolean().optional(),
    certifications: z.array(requiredText(100)).max(30).optional(),
    phone: entityFields.phone.optional(),
    email: entityFields.email.optional(),
    website: entityFields.website.optional(),
    version: z.number({ error: 'errors.versionRequired' }).int().min(1),
  })
  .strict();
export type EntityPatchInput = z.infer<typeof entityPatchSchema>;
