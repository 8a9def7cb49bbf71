/**
 * Vietnamese text helpers shared by the API, importers and the web client.
 * Input text is stored NFC; search compares a diacritic-free, lower-case key so that
 * "ruou ba kich" finds "Rượu ba kích" on PGlite and PostgreSQL alike.
 */

/** NFC-normalises and trims; collapses inner runs of white space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lower-case, diacritic-free, punctuation-free key used for search (đ → d). */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Joins several fields into one search key (name first: it carries most weight). */
export function searchDocument(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .map(searchKey)
    .filter(Boolean)
    .join(' ');
}

const BASE_ORDER = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONE_ORDER = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // ngang, huyền, hỏi, ngã, sắc, nặng

/**
 * A sort key that orders Vietnamese words as a dictionary does (a < ă < â < b … d < đ,
 * then by tone), identical on every database collation because it is plain ASCII.
 */
export function vietnameseSortKey(value: string): string {
  const out: string[] = [];
  const tones: string[] = [];
  for (const ch of value.normalize('NFC').toLowerCase()) {
    const decomposed = ch.normalize('NFD');
    const marks = decomposed.slice(1);
    const tone = TONE_ORDER.findIndex((t, i) => i > 0 && marks.includes(t));
    const baseMarks = [...marks].filter((m) => !TONE_ORDER.includes(m)).join('');
    const base = (decomposed[0] + baseMarks).normalize('NFC');
    const idx = BASE_ORDER.indexOf(base);
    if (idx >= 0) {
      out.push(String.fromCharCode(0x41 + idx)); // A.. keeps Vietnamese letter order
    } else if (/[0-9]/.test(base)) {
      out.push('0' + base);
    } else if (/[a-z]/.test(base)) {
      // letters outside the Vietnamese alphabet (f, j, w, z) sort after their neighbours
      out.push(String.fromCharCode(0x41 + BASE_ORDER.indexOf(nearestBefore(base))) + base);
    } else {
      out.push(' ');
    }
    tones.push(String(tone < 0 ? 0 : tone));
  }
  return out.join('') + '|' + tones.join('');
}

function nearestBefore(letter: string): string {
  for (let c = letter.charCodeAt(0); c >= 97; c--) {
    const s = String.fromCharCode(c);
    if (BASE_ORDER.includes(s)) return s;
  }
  return 'a';
}
