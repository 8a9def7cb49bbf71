import { searchKey } from '../text/normalize';

/**
 * Legal-form words of producers' names ("Công ty TNHH", "Hợp tác xã"…). They stand in almost
 * every producer's name, so in a product's search text they would make "hop tac xa …" match
 * a large share of the catalogue without telling products apart.
 */
const LEGAL_FORM_PHRASES = [
  'cong ty tnhh mot thanh vien',
  'cong ty tnhh',
  'cong ty co phan',
  'cong ty cp',
  'cong ty',
  'doanh nghiep tu nhan',
  'hop tac xa',
  'to hop tac',
  'ho kinh doanh',
  'ho san xuat',
  'co so san xuat',
  'chi nhanh',
  'tnhh',
  'mtv',
  'htx',
  'dntn',
];

/** The distinctive part of a producer's name, as a search key. */
export function producerNameKey(entityName: string): string {
  let key = ` ${searchKey(entityName)} `;
  for (const phrase of LEGAL_FORM_PHRASES) key = key.split(` ${phrase} `).join(' ');
  return key.replace(/\s+/g, ' ').trim();
}

/** search_text of a product: its own name, then its producer's distinctive name. */
export function productSearchText(productName: string, entityName: string): string {
  return `${searchKey(productName)} | ${producerNameKey(entityName)}`;
}
