import { describe, expect, it } from 'vitest';
import { attachmentDisposition, checkUpload, extensionMatches, isGenuineImage, safeFileName, sniffFileType } from './files';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('file kinds from content', () => {
  it('recognises PDF, JPEG, PNG, WebP and Office documents by their magic bytes', () => {
    expect(sniffFileType(ascii('%PDF-1.7\n…'))).toBe('pdf');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('jpg');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffFileType(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp');
    expect(sniffFileType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...ascii('....word/document.xml')]))).toBe('docx');
    expect(sniffFileType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...ascii('....xl/workbook.xml')]))).toBe('xlsx');
    expect(sniffFileType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...ascii('....other.txt')]))).toBeNull();
    expect(sniffFileType(ascii('hello, world'))).toBeNull();
    expect(sniffFileType(ascii('RIFF....WAVE'))).toBeNull();
  });

  it('refuses a ".pdf" that is not a PDF, a mismatched extension and a kind the item does not take', () => {
    expect(checkUpload(ascii('not a pdf'), 'ket-qua.pdf', ['pdf'])).toEqual({ ok: false, problem: 'unknown-type', type: null });
    expect(checkUpload(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'ket-qua.pdf', ['pdf', 'png'])).toEqual({ ok: false, problem: 'extension-mismatch', type: 'png' });
    expect(checkUpload(ascii('%PDF-1.4'), 'nhan.pdf', ['png', 'jpg'])).toEqual({ ok: false, problem: 'type-not-accepted', type: 'pdf' });
    expect(checkUpload(new Uint8Array(), 'a.pdf', ['pdf'])).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkUpload(ascii('%PDF-1.4'), 'Phiếu KẾT QUẢ.PDF', ['pdf'])).toEqual({ ok: true, type: 'pdf' });
    expect(extensionMatches('anh.JPEG', 'jpg')).toBe(true);
  });

  it('keeps file names safe', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\Nhãn "mới".png')).toBe('Nhãn _mới_.png');
    expect(safeFileName('   ')).toBe('tep-tin');
  });

  it('strips bidirectional controls from file names, so "exe" cannot pass for "pdf"', () => {
    expect(safeFileName('hoa-don\u202Efdp.exe')).toBe('hoa-donfdp.exe');
    expect(safeFileName('\u200E\u200Fa\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u061Cb.pdf')).toBe('ab.pdf');
    expect(safeFileName('x\uD800y.pdf')).toBe('xy.pdf');
  });

  it('names downloads as attachments, in ASCII and exactly in UTF-8 (RFC 6266)', () => {
    expect(attachmentDisposition('Phiếu kiểm nghiệm (bản 2).pdf')).toBe(
      `attachment; filename="Phieu kiem nghiem (ban 2).pdf"; filename*=UTF-8''Phi%E1%BA%BFu%20ki%E1%BB%83m%20nghi%E1%BB%87m%20%28b%E1%BA%A3n%202%29.pdf`,
    );
    expect(attachmentDisposition('a"b\\c\'d*.pdf')).toBe(`attachment; filename="a_b_c'd*.pdf"; filename*=UTF-8''a%22b%5Cc%27d%2A.pdf`);
  });
});

/** A PNG of one chunk list, with correct CRCs. */
function png(chunks: Array<[string, Uint8Array]>): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const parts: number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  for (const [type, data] of chunks) {
    const body = [...ascii(type), ...data];
    const be = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
    parts.push(...be(data.length), ...body, ...be(crc(Uint8Array.from(body))));
  }
  return Uint8Array.from(parts);
}

describe('genuine images', () => {
  const ihdr: [string, Uint8Array] = ['IHDR', bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0)];
  const idat: [string, Uint8Array] = ['IDAT', bytes(0x08, 0xd7, 0x63, 0xf8, 0xff, 0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe)];
  const iend: [string, Uint8Array] = ['IEND', bytes()];
  const good = png([ihdr, idat, iend]);

  it('accepts a well-formed PNG', () => {
    expect(isGenuineImage(good, 'png')).toBe(true);
    expect(checkUpload(good, 'nhan.png', ['png'])).toEqual({ ok: true, type: 'png' });
  });

  it('refuses PNG/HTML polyglots and damaged PNGs', () => {
    const page = ascii('<html><script>alert(document.cookie)</script></html>');
    expect(checkUpload(Uint8Array.from([...good, ...page]), 'nhan.png', ['png'])).toEqual({ ok: false, problem: 'not-genuine', type: 'png' });
    expect(isGenuineImage(png([ihdr, ['tEXt', ascii('Comment\u0000<SCRIPT>alert(1)</SCRIPT>')], idat, iend]), 'png')).toBe(false);
    expect(isGenuineImage(Uint8Array.from([...good.slice(0, 8), ...page]), 'png')).toBe(false);
    const badCrc = Uint8Array.from(good);
    badCrc[40] ^= 0xff;
    expect(isGenuineImage(badCrc, 'png')).toBe(false);
    expect(isGenuineImage(good.slice(0, good.length - 12), 'png')).toBe(false); // no IEND
  });

  it('refuses a JPEG that does not end where a JPEG ends, or carries a page', () => {
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9);
    expect(isGenuineImage(jpeg, 'jpg')).toBe(true);
    expect(isGenuineImage(Uint8Array.from([...jpeg, ...ascii('<html>')]), 'jpg')).toBe(false);
    expect(isGenuineImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xfe, ...ascii('<svg onload=alert(1)>'), 0xff, 0xd9]), 'jpg')).toBe(false);
  });

  it('leaves documents to their own readers', () => {
    expect(checkUpload(ascii('%PDF-1.4 <html>'), 'a.pdf', ['pdf'])).toEqual({ ok: true, type: 'pdf' });
  });
});
