import { describe, expect, it } from 'vitest';
import { formatSerial, makeSerial, normaliseSerial, SERIAL_ALPHABET } from './serial';
import { stampStatus } from './status';
import { possiblyCopied, scanRegion } from './copies';
import { digitalLinkPath, gtin14, parseDigitalLink } from './digital-link';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('stamp serials', () => {
  it('makes 12-character serials that check', () => {
    const s = makeSerial(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31));
    expect(s).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(s.startsWith('123456789AZ')).toBe(true);
    expect(normaliseSerial(s)).toBe(s);
  });

  it('reads typed forms: lower case, hyphens, look-alike letters', () => {
    const s = makeSerial(bytes(0, 1, 18, 3, 0, 1, 0, 0, 9, 10, 11));
    expect(normaliseSerial(formatSerial(s).toLowerCase())).toBe(s);
    expect(normaliseSerial(s.replace(/0/g, 'O').replace(/1/g, 'I'))).toBe(s);
    expect(formatSerial(s)).toMatch(/^.{4}-.{4}-.{4}$/);
  });

  it('refuses a mistyped character, a swap, a wrong length or a foreign letter', () => {
    const s = makeSerial(bytes(5, 9, 12, 17, 20, 22, 25, 27, 29, 30, 3));
    const other = SERIAL_ALPHABET[(SERIAL_ALPHABET.indexOf(s[3]) + 1) % 32];
    expect(normaliseSerial(s.slice(0, 3) + other + s.slice(4))).toBeNull();
    expect(normaliseSerial(s[1] + s[0] + s.slice(2))).toBeNull();
    expect(normaliseSerial(s.slice(0, 11))).toBeNull();
    expect(normaliseSerial(s.slice(0, 11) + 'U')).toBeNull();
    expect(normaliseSerial('')).toBeNull();
  });
});

describe('stamp status', () => {
  it('is valid only while the certificate is in force', () => {
    expect(stampStatus(['valid'])).toBe('valid');
    expect(stampStatus(['expiring'])).toBe('valid');
    expect(stampStatus(['expired'])).toBe('expired');
    expect(stampStatus(['revoked'])).toBe('revoked');
  });

  it('follows a superseded certificate to its successor', () => {
    expect(stampStatus(['superseded', 'valid'])).toBe('valid');
    expect(stampStatus(['superseded', 'revoked'])).toBe('revoked');
    expect(stampStatus(['superseded', 'superseded', 'expired'])).toBe('expired');
    expect(stampStatus(['superseded'])).toBe('expired');
    expect(stampStatus([])).toBe('unknown');
  });
});

describe('copied stamps', () => {
  it('counts a scan under the province given, else the network', () => {
    expect(scanRegion('22', '203.113.7.9')).toBe('p:22');
    expect(scanRegion(null, '203.113.7.9')).toBe('n:203.113');
    expect(scanRegion(undefined, '::ffff:10.1.2.3')).toBe('n:10.1');
    expect(scanRegion(null, '2001:ee0:4f1c:abcd::1')).toBe('n:2001:ee0:4f1c');
  });

  it('flags a stamp scanned in three provinces or from six networks', () => {
    const p = (...codes: string[]) => codes.map((c) => ({ region: `p:${c}`, scans: 2 }));
    const n = (k: number) => Array.from({ length: k }, (_, i) => ({ region: `n:10.${i}`, scans: 1 }));
    expect(possiblyCopied(p('22'))).toBe(false);
    expect(possiblyCopied(p('22', '01'))).toBe(false);
    expect(possiblyCopied(p('22', '01', '79'))).toBe(true);
    expect(possiblyCopied(n(5))).toBe(false);
    expect(possiblyCopied(n(6))).toBe(true);
    expect(possiblyCopied([...p('22', '01'), ...n(5)])).toBe(false);
  });
});

describe('GS1 Digital Link', () => {
  it('pads GTINs to 14 digits', () => {
    expect(gtin14('8934588012112')).toBe('08934588012112');
    expect(gtin14('12345670')).toBe('00000012345670');
    expect(gtin14('123')).toBeNull();
    expect(gtin14('89345880121a2')).toBeNull();
  });

  it('parses product, lot and serial paths', () => {
    expect(parseDigitalLink('/01/8934588012112')).toEqual({ gtin: '08934588012112', lot: null, serial: null });
    expect(parseDigitalLink('/01/08934588012112/10/L2026-11')).toEqual({ gtin: '08934588012112', lot: 'L2026-11', serial: null });
    expect(parseDigitalLink('/01/08934588012112/10/A%2FB/21/7K3M?t=x')).toEqual({ gtin: '08934588012112', lot: 'A/B', serial: '7K3M' });
    expect(parseDigitalLink('/01/08934588012112/21/7K3M')).toEqual({ gtin: '08934588012112', lot: null, serial: '7K3M' });
  });

  it('refuses what is not one', () => {
    expect(parseDigitalLink('/02/8934588012112')).toBeNull();
    expect(parseDigitalLink('/01/abc')).toBeNull();
    expect(parseDigitalLink('/01/8934588012112/10')).toBeNull();
    expect(parseDigitalLink('/01/8934588012112/99/x')).toBeNull();
    expect(parseDigitalLink('/01/8934588012112/10/%E0%A4%A')).toBeNull();
  });

  it('builds the path a stamp QR carries', () => {
    expect(digitalLinkPath('8934588012112', 'L 1', 'ABC')).toBe('/01/08934588012112/10/L%201/21/ABC');
  });
});
