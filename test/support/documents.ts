import zlib from 'node:zlib';

/** The files of a .zip (an .xlsx or .docx), read from its central directory: name → bytes. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The visible text of a .docx: each paragraph's runs joined, one paragraph a line. */
export function docxText(docx: Buffer): string {
  const xml = unzip(docx).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('no word/document.xml');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(''))
    .join('\n');
}

/** A PDF's source with its Flate streams inflated (so text and CMaps can be read). */
function inflatePdf(pdf: Buffer): string {
  const src = pdf.toString('latin1');
  return src.replace(/(\/FlateDecode[^>]*>>\s*stream\r?\n)([\s\S]*?)(\r?\nendstream)/g, (whole, head: string, body: string, tail: string) => {
    try {
      return head.replace('/FlateDecode', '') + zlib.inflateSync(Buffer.from(body, 'latin1')).toString('latin1') + tail;
    } catch {
      return whole;
    }
  });
}

/** The text a PDF shows, decoded through each font's ToUnicode map. */
export function pdfText(pdf: Buffer): string {
  const src = inflatePdf(pdf);
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1], m[2]);
  const cmaps = new Map<string, Map<number, string>>(); // font object → glyph → text
  for (const [id, body] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(body);
    if (!ref) continue;
    const map = new Map<number, string>();
    const cmap = Buffer.from(objects.get(ref[1])!, 'latin1').toString('latin1');
    for (const r of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/gi)) {
      const start = parseInt(r[1], 16);
      [...r[3].matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => map.set(start + i, String.fromCodePoint(parseInt(u[1], 16))));
    }
    cmaps.set(id, map);
  }
  const fontRefs = new Map<string, string>();
  for (const m of src.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontRefs.set(m[1], m[2]);
  let text = '';
  let font: Map<number, string> | undefined;
  for (const m of src.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (m[1]) font = cmaps.get(fontRefs.get(m[1])!);
    else if (font) {
      for (const h of m[2].matchAll(/<([0-9a-f]+)>/gi)) for (let i = 0; i < h[1].length; i += 4) text += font.get(parseInt(h[1].slice(i, i + 4), 16)) ?? '?';
      text += '\n';
    }
  }
  return text;
}
