import { describe, expect, it } from 'vitest';
import { checkUpload, extensionMatches, safeFileName, sniffFileType } from './files';

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
});
