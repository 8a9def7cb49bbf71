import { describe, expect, it } from 'vitest';
import { exportsInBackground } from './exportMode';

const qn = (from: number, to: number) => ({ code: 'products-by-star', unit: { level: 'province' }, from, to });

describe('which report exports run in the background', () => {
  it('a province’s Excel or CSV for up to three years downloads directly', () => {
    expect(exportsInBackground('xlsx', qn(2017, 2019))).toBe(false);
    expect(exportsInBackground('csv', qn(2019, 2019))).toBe(false);
  });
  it('Word and PDF, the nation and more than three years go through a job', () => {
    expect(exportsInBackground('docx', qn(2019, 2019))).toBe(true);
    expect(exportsInBackground('pdf', qn(2019, 2019))).toBe(true);
    expect(exportsInBackground('xlsx', qn(2016, 2019))).toBe(true);
    expect(exportsInBackground('xlsx', { code: 'products-by-star', unit: { level: 'nation' }, from: 2019, to: 2019 })).toBe(true);
    expect(exportsInBackground('csv', { code: 'national-summary', unit: { level: 'province' }, from: 2019, to: 2019 })).toBe(true);
  });
});
