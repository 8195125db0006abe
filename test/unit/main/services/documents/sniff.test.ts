import { describe, expect, it } from 'vitest';
import { allowedKinds } from '../../../../../common/contract/services/enterpriseFlows';
import { cfbEntryNames, checkDocument, sizeLimits, sniffDocument, zipEntryNames } from '../../../../../main/services/documents/sniff';
import {
  makeDoc,
  makeDocx,
  makeElf,
  makeLargePdf,
  makeMacroDoc,
  makeMacroDocx,
  makePdf,
  makePe,
  makePng,
  makeScript,
  makeTruncatedJpeg,
  makeTruncatedPdf,
  makeTruncatedPng,
  makeXls,
  makeXlsx,
  TINY_JPEG,
} from '../../../../fixtures/documents/makeDocuments';

describe('sniffDocument: real files of each allowed type', () => {
  it.each([
    ['pdf', makePdf()],
    ['jpeg', TINY_JPEG],
    ['png', makePng()],
    ['docx', makeDocx()],
    ['xlsx', makeXlsx()],
    ['doc', makeDoc()],
    ['xls', makeXls()],
  ] as const)('recognises %s by its content', (kind, bytes) => {
    expect(sniffDocument(bytes)).toMatchObject({ ok: true, kind });
  });

  it('reads the ZIP and OLE2 directories it decides by', () => {
    expect(zipEntryNames(makeDocx())).toContain('word/document.xml');
    expect(cfbEntryNames(makeXls())).toEqual(expect.arrayContaining(['Root Entry', 'Workbook']));
  });
});

describe('sniffDocument: refusals', () => {
  it.each([
    ['an ELF binary', makeElf(), 'DOCUMENT_EXECUTABLE'],
    ['a PE program', makePe(), 'DOCUMENT_EXECUTABLE'],
    ['a shell script', makeScript(), 'DOCUMENT_EXECUTABLE'],
    ['a script behind a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), makeScript()]), 'DOCUMENT_EXECUTABLE'],
    ['a Mach-O binary', Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0, 0, 0, 0]), 'DOCUMENT_EXECUTABLE'],
    ['a truncated PNG', makeTruncatedPng(), 'DOCUMENT_TRUNCATED'],
    ['a JPEG without EOI', makeTruncatedJpeg(), 'DOCUMENT_TRUNCATED'],
    ['a PDF without %%EOF', makeTruncatedPdf(), 'DOCUMENT_TRUNCATED'],
    ['a ZIP cut before its directory', makeDocx().subarray(0, 200), 'DOCUMENT_TRUNCATED'],
    ['an OLE2 file cut short', makeDoc().subarray(0, 700), 'DOCUMENT_TRUNCATED'],
    ['a macro-enabled DOCX', makeMacroDocx(), 'DOCUMENT_MACROS'],
    ['a Word 97 file with macros', makeMacroDoc(), 'DOCUMENT_MACROS'],
    [
      'a PDF with JavaScript',
      Buffer.from(makePdf().toString('latin1').replace('/Type /Catalog', '/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>'), 'latin1'),
      'DOCUMENT_ACTIVE_CONTENT',
    ],
    ['a plain ZIP', Buffer.from(makeDocx().toString('latin1').replaceAll('[Content_Types].xml', '[Content_Typez].xml'), 'latin1'), 'DOCUMENT_UNKNOWN_TYPE'],
    ['text', Buffer.from('hello'), 'DOCUMENT_UNKNOWN_TYPE'],
    ['nothing', Buffer.alloc(0), 'DOCUMENT_EMPTY'],
  ])('refuses %s', (_, bytes, code) => {
    expect(sniffDocument(bytes)).toEqual({ ok: false, code });
  });

  it('refuses a file over its type limit, generated at test time', () => {
    const big = makeLargePdf(sizeLimits.pdf + 1024);
    expect(sniffDocument(big)).toEqual({ ok: false, code: 'DOCUMENT_TOO_LARGE' });
    expect(sniffDocument(makeLargePdf(3 * 1024 * 1024))).toMatchObject({ ok: true, kind: 'pdf' });
  });

  it('refuses a type the material does not take (an office file as the licence)', () => {
    expect(checkDocument(makeDocx(), allowedKinds.business_licence)).toEqual({ ok: false, code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    expect(checkDocument(makeDocx(), allowedKinds.authorisation_letter)).toMatchObject({ ok: true, kind: 'docx' });
  });

  it('never throws on random bytes behind a valid signature', () => {
    const signatures = [
      [0x25, 0x50, 0x44, 0x46, 0x2d],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    ];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed & 0xff);
    for (let i = 0; i < 400; i++) {
      const sig = signatures[i % signatures.length]!;
      const bytes = Buffer.from([...sig, ...Array.from({ length: 40 + ((i * 37) % 2000) }, rand)]);
      expect(() => sniffDocument(bytes)).not.toThrow();
    }
  });
});
