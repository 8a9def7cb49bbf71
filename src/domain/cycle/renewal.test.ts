import { describe, expect, it } from 'vitest';
import { carryOver, documentValidUntil, isDocumentExpired, reRecognitionOpensOn, renewalRefusal } from './renewal';

describe('who may start a re-recognition or upgrade dossier', () => {
  const cert = (status: 'valid' | 'expiring' | 'expired' | 'revoked' | 'superseded', validUntil = '2027-06-30', stars = 3) => ({ status, validUntil, stars });

  it('re-recognition opens 180 days before the last valid day and stays open after expiry', () => {
    expect(reRecognitionOpensOn('2027-06-30')).toBe('2027-01-01');
    expect(renewalRefusal('re-recognition', cert('valid'), '2026-12-31')).toBe('errors.dossier.renewal.tooEarly');
    expect(renewalRefusal('re-recognition', cert('expiring'), '2027-01-01')).toBeNull();
    expect(renewalRefusal('re-recognition', cert('expired'), '2027-09-01')).toBeNull();
  });

  it('an upgrade may be asked any time while the certificate is in force, below 5★', () => {
    expect(renewalRefusal('upgrade', cert('valid'), '2024-07-01')).toBeNull();
    expect(renewalRefusal('upgrade', cert('valid', '2027-06-30', 5), '2024-07-01')).toBe('errors.dossier.renewal.topClass');
    expect(renewalRefusal('upgrade', cert('expired'), '2027-09-01')).toBe('errors.dossier.renewal.expiredUseReRecognition');
  });

  it('needs a certificate that was neither revoked nor replaced', () => {
    expect(renewalRefusal('upgrade', null, '2026-01-01')).toBe('errors.dossier.renewal.noCertificate');
    expect(renewalRefusal('re-recognition', cert('superseded'), '2027-03-01')).toBe('errors.dossier.renewal.noCertificate');
    expect(renewalRefusal('re-recognition', cert('revoked'), '2027-03-01')).toBe('errors.dossier.renewal.revoked');
  });
});

describe('carrying documents over', () => {
  const items = [{ code: 'registration-form' }, { code: 'test-results', validForMonths: 12 }, { code: 'food-safety-certificate', validForMonths: 36 }];

  it('a document is valid up to the day before its anniversary', () => {
    expect(documentValidUntil('2024-03-15', 12)).toBe('2025-03-14');
    expect(documentValidUntil('2024-02-29', 12)).toBe('2025-02-28');
    expect(() => documentValidUntil('2024-03-15', 0)).toThrow(RangeError);
  });

  it('keeps each document with its original date, flags the expired ones, leaves dropped items behind', () => {
    const carried = carryOver(
      [
        { id: 'a', itemCode: 'registration-form', originalDate: '2023-05-02' },
        { id: 'b', itemCode: 'test-results', originalDate: '2023-05-02' },
        { id: 'c', itemCode: 'food-safety-certificate', originalDate: '2024-01-10' },
        { id: 'd', itemCode: 'no-longer-asked', originalDate: '2023-05-02' },
      ],
      items,
      '2026-05-01',
    );
    expect(carried).toEqual([
      { fromFileId: 'a', itemCode: 'registration-form', originalDate: '2023-05-02', validUntil: null, expired: false },
      { fromFileId: 'b', itemCode: 'test-results', originalDate: '2023-05-02', validUntil: '2024-05-01', expired: true },
      { fromFileId: 'c', itemCode: 'food-safety-certificate', originalDate: '2024-01-10', validUntil: '2027-01-09', expired: false },
    ]);
  });

  it('a document expires the day after its last valid day', () => {
    expect(isDocumentExpired('2025-05-02', 12, '2026-05-01')).toBe(false);
    expect(isDocumentExpired('2025-05-02', 12, '2026-05-02')).toBe(true);
    expect(isDocumentExpired('2000-01-01', undefined, '2026-05-02')).toBe(false);
  });
});
