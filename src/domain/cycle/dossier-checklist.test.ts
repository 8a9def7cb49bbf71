import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_1489_2025,
  CHECKLIST_148_2023,
  DOSSIER_CHECKLISTS,
  acceptsFile,
  checkCompleteness,
  checklistFor,
  communePreAssessedItems,
  isItemRequired,
  parseDossierChecklist,
  productGroupOf,
  requiredItems,
  type DossierChecklist,
} from './dossier-checklist';

const ALWAYS = [
  'registration-form',
  'business-registration',
  'product-story',
  'local-origin-evidence',
];

function item(list: DossierChecklist, code: string) {
  const found = list.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
}

describe('shipped checklists', () => {
  it('load and validate', () => {
    expect(DOSSIER_CHECKLISTS.map((c) => c.code)).toEqual(['148-2023', '1489-2025']);
    expect(CHECKLIST_148_2023.effectiveFrom).toBe('2023-02-24');
    expect(CHECKLIST_1489_2025.effectiveFrom).toBe('2025-07-01');
    for (const c of DOSSIER_CHECKLISTS) {
      expect(c.toVerify).toBe(true);
      for (const i of c.items) {
        expect(i.name.vi).toBeTruthy();
        expect(i.name.en).toBeTruthy();
        expect(i.acceptedTypes.length).toBeGreaterThan(0);
      }
    }
  });

  it('contain the items of the rules digest', () => {
    const codes = CHECKLIST_148_2023.items.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'registration-form',
        'business-plan',
        'business-registration',
        'quality-declaration',
        'test-results',
        'food-safety-certificate',
        'gmp-certificate',
        'label-packaging-images',
        'product-story',
        'criteria-evidence',
      ]),
    );
    expect(item(CHECKLIST_148_2023, 'business-plan').required).toBe('new-products-only');
    expect(item(CHECKLIST_148_2023, 'gmp-certificate').required).toEqual({ groups: ['3'] });
  });

  it('give the commune its three items only under 1489/2025', () => {
    expect(communePreAssessedItems(CHECKLIST_148_2023)).toEqual([]);
    expect(communePreAssessedItems(CHECKLIST_1489_2025).map((i) => i.code)).toEqual([
      'local-origin-evidence',
      'local-labour-evidence',
      'idea-origin-evidence',
    ]);
  });
});

describe('checklistFor', () => {
  it('switches to 1489-2025 on 2025-07-01', () => {
    expect(checklistFor('2025-06-30').code).toBe('148-2023');
    expect(checklistFor('2025-07-01').code).toBe('1489-2025');
    expect(checklistFor('2026-01-15').code).toBe('1489-2025');
    expect(checklistFor('2023-02-24').code).toBe('148-2023');
  });

  it('uses the oldest checklist for earlier dates', () => {
    expect(checklistFor('2019-08-21').code).toBe('148-2023');
  });

  it('reads a Date as its day in Vietnam', () => {
    expect(checklistFor(new Date('2025-06-30T16:59:59Z')).code).toBe('148-2023');
    expect(checklistFor(new Date('2025-06-30T17:00:00Z')).code).toBe('1489-2025');
  });

  it('chooses among given checklists regardless of their order', () => {
    const later = { ...CHECKLIST_1489_2025, code: 'future', effectiveFrom: '2030-01-01' };
    const lists = [later, CHECKLIST_1489_2025, CHECKLIST_148_2023];
    expect(checklistFor('2030-01-01', lists).code).toBe('future');
    expect(checklistFor('2029-12-31', lists).code).toBe('1489-2025');
    expect(() => checklistFor('2025-01-01', [])).toThrow(RangeError);
    expect(() => checklistFor('01/07/2025')).toThrow(RangeError);
  });
});

describe('checkCompleteness', () => {
  const all = (c: DossierChecklist) => c.items.map((i) => i.code);

  it('a new food product from the cycle needs its business plan and food-safety papers', () => {
    const r = checkCompleteness(CHECKLIST_1489_2025, { entryPath: 'cycle', groupCode: '1.3', present: [] });
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([
      'registration-form',
      'business-plan',
      'business-registration',
      'quality-declaration',
      'test-results',
      'food-safety-certificate',
      'label-packaging-images',
      'product-story',
      'local-origin-evidence',
    ]);
    expect(r.missingItems.map((i) => i.code)).toEqual(r.missing);
    expect(r.required).toEqual(r.missing);
  });

  it('an existing product registered directly needs no business plan', () => {
    const present = [...ALWAYS, 'quality-declaration', 'test-results', 'food-safety-certificate', 'label-packaging-images'];
    expect(checkCompleteness(CHECKLIST_148_2023, { entryPath: 'existing-product', groupCode: '2', present })).toMatchObject({
      complete: true,
      missing: [],
    });
    expect(checkCompleteness(CHECKLIST_148_2023, { entryPath: 'cycle', groupCode: '2', present })).toMatchObject({
      complete: false,
      missing: ['business-plan'],
    });
  });

  it('isNewProduct overrides the entry path', () => {
    const plan = item(CHECKLIST_148_2023, 'business-plan');
    expect(isItemRequired(plan, { entryPath: 'existing-product', groupCode: '1', isNewProduct: true })).toBe(true);
    expect(isItemRequired(plan, { entryPath: 'cycle', groupCode: '1', isNewProduct: false })).toBe(false);
  });

  it('herbal products (group 3) need the GMP licence, not the food-safety certificate', () => {
    const present = [...ALWAYS, 'quality-declaration', 'test-results', 'label-packaging-images'];
    const r = checkCompleteness(CHECKLIST_1489_2025, { entryPath: 'existing-product', groupCode: '3.2', present });
    expect(r).toMatchObject({ complete: false, missing: ['gmp-certificate'] });
    expect(
      checkCompleteness(CHECKLIST_1489_2025, {
        entryPath: 'existing-product',
        groupCode: 3,
        present: [...present, 'gmp-certificate'],
      }).complete,
    ).toBe(true);
  });

  it('handicrafts need no test results or production licence', () => {
    const codes = requiredItems(CHECKLIST_148_2023, { entryPath: 'existing-product', groupCode: '4' }).map((i) => i.code);
    expect(codes).toEqual([...ALWAYS.slice(0, 2), 'quality-declaration', 'label-packaging-images', ...ALWAYS.slice(2)]);
  });

  it('tourism services need images of the service instead of packaging', () => {
    const codes = requiredItems(CHECKLIST_1489_2025, { entryPath: 'existing-product', groupCode: '6' }).map((i) => i.code);
    expect(codes).toContain('service-images');
    expect(codes).not.toContain('label-packaging-images');
    expect(codes).not.toContain('quality-declaration');
  });

  it('optional items never block, unknown codes are reported and ignored', () => {
    const r = checkCompleteness(CHECKLIST_1489_2025, {
      entryPath: 'existing-product',
      groupCode: '5',
      present: [...ALWAYS, 'quality-declaration', 'label-packaging-images', 'selfie'],
    });
    expect(r).toMatchObject({ complete: true, missing: [], unknown: ['selfie'] });
  });

  it('an unknown product group makes group-conditioned items required', () => {
    const r = checkCompleteness(CHECKLIST_1489_2025, { entryPath: 'existing-product', groupCode: null, present: ALWAYS });
    expect(r.missing).toEqual([
      'quality-declaration',
      'test-results',
      'food-safety-certificate',
      'gmp-certificate',
      'label-packaging-images',
      'service-images',
    ]);
    expect(checkCompleteness(CHECKLIST_1489_2025, { entryPath: 'existing-product', groupCode: 'food', present: ALWAYS }).missing).toHaveLength(6);
  });

  it('everything present is complete for every group and path', () => {
    for (const c of DOSSIER_CHECKLISTS) {
      for (const g of ['1', '2', '3', '4', '5', '6']) {
        for (const entryPath of ['cycle', 'existing-product'] as const) {
          expect(checkCompleteness(c, { entryPath, groupCode: g, present: new Set(all(c)) }).complete).toBe(true);
        }
      }
    }
  });
});

describe('productGroupOf', () => {
  it('reads the official group number', () => {
    expect(productGroupOf('3')).toBe(3);
    expect(productGroupOf('3.2')).toBe(3);
    expect(productGroupOf(' 6 ')).toBe(6);
    expect(productGroupOf(4)).toBe(4);
    expect(productGroupOf('7')).toBeNull();
    expect(productGroupOf(0)).toBeNull();
    expect(productGroupOf('food')).toBeNull();
    expect(productGroupOf(undefined)).toBeNull();
  });

  it('a group condition does not match a longer group number', () => {
    const conditioned = { ...item(CHECKLIST_148_2023, 'gmp-certificate'), required: { groups: ['1'] } };
    expect(isItemRequired(conditioned, { entryPath: 'cycle', groupCode: '1.4' })).toBe(true);
    const sub = { ...conditioned, required: { groups: ['3.1'] } };
    expect(isItemRequired(sub, { entryPath: 'cycle', groupCode: '3.1' })).toBe(true);
    expect(isItemRequired(sub, { entryPath: 'cycle', groupCode: '3.10' })).toBe(false);
    expect(isItemRequired(sub, { entryPath: 'cycle', groupCode: '3.2' })).toBe(false);
  });
});

describe('acceptsFile', () => {
  const form = item(CHECKLIST_148_2023, 'registration-form'); // pdf, jpg, png, docx
  const images = item(CHECKLIST_148_2023, 'label-packaging-images'); // jpg, png, webp, pdf

  it('checks content type and extension', () => {
    expect(acceptsFile(form, { mimeType: 'application/pdf', fileName: 'phieu-dang-ky.PDF' })).toBe(true);
    expect(acceptsFile(form, { mimeType: 'image/jpeg', fileName: 'anh.jpeg' })).toBe(true);
    expect(acceptsFile(images, { mimeType: 'image/webp' })).toBe(true);
    expect(acceptsFile(form, { mimeType: 'image/webp' })).toBe(false);
    expect(acceptsFile(form, { fileName: 'virus.exe' })).toBe(false);
    expect(acceptsFile(form, { fileName: 'no-extension' })).toBe(false);
    expect(acceptsFile(form, { mimeType: 'application/pdf; charset=binary', fileName: 'x.docx' })).toBe(false);
    expect(acceptsFile(form, {})).toBe(false);
  });
});

describe('parseDossierChecklist', () => {
  it('accepts an edited checklist', () => {
    const edited = JSON.parse(JSON.stringify(CHECKLIST_1489_2025));
    edited.items[0].required = { groups: ['1', '3.1'] };
    expect(parseDossierChecklist(edited).items[0].required).toEqual({ groups: ['1', '3.1'] });
  });

  it('rejects duplicates, bad requirements, file types and dates', () => {
    const base = () => JSON.parse(JSON.stringify(CHECKLIST_148_2023));
    const dup = base();
    dup.items.push(dup.items[0]);
    expect(() => parseDossierChecklist(dup)).toThrow(/errors.duplicate/);
    const badReq = base();
    badReq.items[0].required = 'sometimes';
    expect(() => parseDossierChecklist(badReq)).toThrow();
    const badGroup = base();
    badGroup.items[0].required = { groups: ['9'] };
    expect(() => parseDossierChecklist(badGroup)).toThrow();
    const badType = base();
    badType.items[0].acceptedTypes = ['exe'];
    expect(() => parseDossierChecklist(badType)).toThrow();
    const badDate = base();
    badDate.effectiveFrom = '2023-02-30';
    expect(() => parseDossierChecklist(badDate)).toThrow();
    const extra = base();
    extra.items[0].colour = 'red';
    expect(() => parseDossierChecklist(extra)).toThrow();
  });
});
