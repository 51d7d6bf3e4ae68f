import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS } from './mail-limits';
import { safeFileName } from './file-names';
import { downloadContentType, keptContentType } from './content-types';

describe('safe file names', () => {
  it('keeps ordinary names in any script', () => {
    expect(safeFileName('report 2026.pdf')).toBe('report 2026.pdf');
    expect(safeFileName('گزارش.pdf')).toBe('گزارش.pdf');
    expect(safeFileName('請求書.xlsx')).toBe('請求書.xlsx');
  });

  it('drops folders, path tricks and leading dots', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\secret.txt')).toBe('secret.txt');
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('...')).toBe('attachment');
  });

  it('replaces header, control and bidi characters', () => {
    expect(safeFileName('a\r\nContent-Type: html.txt')).toBe('a__Content-Type_ html.txt');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(safeFileName('say "hi";.txt')).toBe('say _hi__.txt');
  });

  it('never answers an empty or reserved name', () => {
    expect(safeFileName('')).toBe('attachment');
    expect(safeFileName(null)).toBe('attachment');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
  });

  it('shortens long names and keeps their extension', () => {
    const name = safeFileName(`${'x'.repeat(500)}.pdf`);
    expect([...name].length).toBe(ATTACHMENT_LIMITS.maxFileNameLength);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('content types', () => {
  it('believes the bytes over the sender', () => {
    expect(keptContentType('image/png', 'text/html', true)).toBe('image/png');
    expect(keptContentType(null, 'image/png', true)).toBe('application/octet-stream');
  });

  it('keeps declared text as text only when it looks like text', () => {
    expect(keptContentType(null, 'text/plain; charset=utf-8', false)).toBe('text/plain');
    expect(keptContentType(null, 'text/csv', false)).toBe('text/csv');
    expect(keptContentType(null, 'text/html', false)).toBe('text/plain');
    expect(keptContentType(null, 'text/plain', true)).toBe('application/octet-stream');
  });

  it('never offers a type a browser would run', () => {
    expect(keptContentType('application/xml', null, false)).toBe('application/octet-stream');
    expect(downloadContentType('text/html')).toBe('application/octet-stream');
    expect(downloadContentType('image/svg+xml')).toBe('application/octet-stream');
    expect(downloadContentType('text/plain')).toBe('text/plain; charset=utf-8');
    expect(downloadContentType('image/png\r\nX-Evil: 1')).toBe('application/octet-stream');
    expect(downloadContentType('application/pdf')).toBe('application/pdf');
  });
});
