import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { certificateStatus, expiryReminderFrom, validUntil } from './validity';

describe('validUntil (36 months, the day before the same date)', () => {
  it.each([
    ['2026-03-15', '2029-03-14'],
    ['2025-01-01', '2027-12-31'],
    ['2023-12-31', '2026-12-30'],
    ['2023-03-01', '2026-02-28'],
    ['2025-03-01', '2028-02-29'], // 2028 is a leap year
    ['2024-02-29', '2027-02-28'], // no 29 Feb in 2027: the anniversary is 1 March
    ['2024-02-28', '2027-02-27'],
  ])('issued %s → valid until %s', (issued, until) => {
    expect(validUntil(issued)).toBe(until);
  });

  it('rejects an invalid date', () => {
    expect(() => validUntil('2023-02-29')).toThrow(ValidationError);
  });
});

describe('certificateStatus', () => {
  const cert = { issuedOn: '2026-03-15' }; // valid until 2029-03-14

  it('is valid from the issue day until 91 days before the end', () => {
    expect(certificateStatus(cert, '2026-03-15')).toBe('valid');
    expect(certificateStatus(cert, '2028-12-13')).toBe('valid'); // 91 days left
  });

  it('is expiring within the last 90 days, the last day included', () => {
    expect(certificateStatus(cert, '2028-12-14')).toBe('expiring'); // 90 days left
    expect(certificateStatus(cert, '2029-03-14')).toBe('expiring'); // last valid day
  });

  it('is expired the day after its last valid day', () => {
    expect(certificateStatus(cert, '2029-03-15')).toBe('expired');
    expect(certificateStatus(cert, '2035-01-01')).toBe('expired');
  });

  it('honours a custom reminder window, including 0', () => {
    expect(certificateStatus(cert, '2029-02-12', 30)).toBe('expiring'); // 30 days left
    expect(certificateStatus(cert, '2029-02-11', 30)).toBe('valid'); // 31 days left
    expect(certificateStatus(cert, '2029-03-13', 0)).toBe('valid');
    expect(certificateStatus(cert, '2029-03-14', 0)).toBe('expiring');
  });

  it('uses a stored validUntil when given', () => {
    const custom = { issuedOn: '2026-03-15', validUntil: '2026-06-30' };
    expect(certificateStatus(custom, '2026-04-01')).toBe('expiring');
    expect(certificateStatus(custom, '2026-07-01')).toBe('expired');
    expect(certificateStatus({ ...custom, validUntil: null }, '2026-07-01')).toBe('valid');
  });

  it('is revoked or superseded from the day that takes effect, whatever the dates', () => {
    const revoked = { ...cert, revokedOn: '2027-05-02' };
    expect(certificateStatus(revoked, '2027-05-01')).toBe('valid');
    expect(certificateStatus(revoked, '2027-05-02')).toBe('revoked');
    expect(certificateStatus(revoked, '2030-01-01')).toBe('revoked');
    const superseded = { ...cert, supersededOn: '2028-12-20' };
    expect(certificateStatus(superseded, '2028-12-19')).toBe('expiring');
    expect(certificateStatus(superseded, '2028-12-20')).toBe('superseded');
    expect(certificateStatus(superseded, '2031-01-01')).toBe('superseded');
  });

  it('reports revoked when both revoked and superseded', () => {
    expect(certificateStatus({ ...cert, supersededOn: '2027-01-01', revokedOn: '2027-06-01' }, '2027-07-01')).toBe('revoked');
    expect(certificateStatus({ ...cert, supersededOn: '2027-01-01', revokedOn: '2027-06-01' }, '2027-03-01')).toBe('superseded');
  });

  it('rejects dates before the issue and malformed input', () => {
    expect(() => certificateStatus(cert, '2026-03-14')).toThrow(RangeError);
    expect(() => certificateStatus(cert, '15/03/2027')).toThrow(ValidationError);
    expect(() => certificateStatus({ ...cert, revokedOn: 'yesterday' }, '2027-01-01')).toThrow(ValidationError);
    expect(() => certificateStatus(cert, '2027-01-01', -1)).toThrow(RangeError);
  });
});

describe('expiryReminderFrom', () => {
  it('is 90 days before the last valid day', () => {
    expect(expiryReminderFrom({ issuedOn: '2026-03-15' })).toBe('2028-12-14');
    expect(expiryReminderFrom({ issuedOn: '2026-03-15' }, 30)).toBe('2029-02-12');
  });
});
