/**
 * GS1 Digital Link URIs (GS1 Digital Link standard 1.2): `/01/{gtin}` names a product,
 * `/01/{gtin}/10/{lot}` one of its production lots, `/01/{gtin}/10/{lot}/21/{serial}` one
 * package. GTINs are compared in their 14-digit form (GTIN-8/12/13 padded with zeros).
 */

export interface DigitalLink {
  gtin: string;
  lot: string | null;
  serial: string | null;
}

/** GTIN-8/12/13/14 → its 14-digit form; null when it is not 8, 12, 13 or 14 digits. */
export function gtin14(gtin: string): string | null {
  return /^(\d{8}|\d{12,14})$/.test(gtin) ? gtin.padStart(14, '0') : null;
}

/** Parses the path after the host (`/01/…`); null when it is not a Digital Link we serve. */
export function parseDigitalLink(path: string): DigitalLink | null {
  const parts = path.split('?')[0].split('/').filter(Boolean);
  if (parts[0] !== '01' || parts.length < 2) return null;
  let gtin: string | null;
  let lot: string | null = null;
  let serial: string | null = null;
  try {
    gtin = gtin14(decodeURIComponent(parts[1]));
    for (let i = 2; i < parts.length; i += 2) {
      const value = parts[i + 1] === undefined ? undefined : decodeURIComponent(parts[i + 1]);
      if (value === undefined || value === '') return null;
      if (parts[i] === '10' && lot === null && serial === null) lot = value;
      else if (parts[i] === '21' && serial === null) serial = value;
      else return null;
    }
  } catch {
    return null;
  }
  return gtin ? { gtin, lot, serial } : null;
}

/** The Digital Link path of a package: `/01/{gtin14}/10/{lot}/21/{serial}`. */
export function digitalLinkPath(gtin: string, lot?: string | null, serial?: string | null): string {
  let path = `/01/${gtin14(gtin) ?? gtin}`;
  if (lot) path += `/10/${encodeURIComponent(lot)}`;
  if (serial) path += `/21/${encodeURIComponent(serial)}`;
  return path;
}
