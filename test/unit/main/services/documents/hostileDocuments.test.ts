import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentSession } from '../../../../../main/services/documents/documentSession';
import { listCandidateFiles, readPickedFile } from '../../../../../main/services/documents/driveFiles';
import { sniffDocument } from '../../../../../main/services/documents/sniff';
import { makeCfb, makeDocx, makePdf, makePng, TINY_JPEG } from '../../../../fixtures/documents/makeDocuments';
import {
  deflateBomb,
  deflatedDocx,
  docxEmbeddedObject,
  docxHyperlink,
  docxLinkedWorkbook,
  docxRemoteTemplate,
  hugePng,
  jpegDeclaring,
  jpegZip,
  pdfWithCatalog,
  pdfWithObjectStream,
  pdfZip,
  pngZip,
  zipPdf,
} from '../../../../fixtures/documents/makeHostileDocuments';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('PDF active content behind name escapes and inside object streams', () => {
  it.each([
    ['/J#61vaScript with an escaped /JS', pdfWithCatalog('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>')],
    ['/L#61unch', pdfWithCatalog('/OpenAction << /S /L#61unch /F (cmd.exe) >>')],
    ['/EmbeddedFil#65', pdfWithCatalog('/Names << /EmbeddedFil#65s 8 0 R >>')],
    ['JavaScript in a Flate object stream', pdfWithObjectStream('<< /S /JavaScript /JS (app.alert(1)) >>')],
    [
      'an escaped name in an object stream whose own type is escaped',
      pdfWithObjectStream('<< /S /L#61unch >>', { dictionary: '/Type /Obj#53tm /N 1 /First 4 /Filter /Fl#61teDecode' }),
    ],
    ['an object stream that inflates past the budget', pdfWithObjectStream('', { data: deflateBomb(40 * 1024 * 1024) })],
    [
      'an object stream under a filter chain it cannot decode',
      pdfWithObjectStream('', { dictionary: '/Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode]', data: Buffer.from('78') }),
    ],
  ])('refuses %s', (_, pdf) => {
    expect(sniffDocument(pdf)).toEqual({ ok: false, code: 'DOCUMENT_ACTIVE_CONTENT' });
  });

  it('accepts a PDF whose object stream holds ordinary objects, and names with harmless escapes', () => {
    expect(sniffDocument(pdfWithObjectStream('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'))).toMatchObject({ ok: true, kind: 'pdf' });
    expect(sniffDocument(pdfWithCatalog('/PageMode /Use#4Futlines'))).toMatchObject({ ok: true, kind: 'pdf' });
  });
});

describe('polyglots', () => {
  it.each([
    ['PDF/ZIP', pdfZip()],
    ['ZIP/PDF (a DOCX with a PDF in its first KiB)', zipPdf()],
    ['JPEG/ZIP (the archive comment ends with the JPEG end marker)', jpegZip()],
    ['PNG/ZIP', pngZip(makePng())],
  ])('refuses %s', (_, bytes) => {
    expect(sniffDocument(bytes)).toEqual({ ok: false, code: 'DOCUMENT_POLYGLOT' });
  });

  it('still takes the plain files the polyglots were made from', () => {
    expect(sniffDocument(makePdf())).toMatchObject({ ok: true, kind: 'pdf' });
    expect(sniffDocument(TINY_JPEG)).toMatchObject({ ok: true, kind: 'jpeg', dimensions: { width: 16, height: 16 } });
    expect(sniffDocument(makePng())).toMatchObject({ ok: true, kind: 'png', dimensions: { width: 16, height: 16 } });
  });
});

describe('images over the pixel limit, from their headers', () => {
  it('refuses a 20000×20000 PNG that is a small file', () => {
    const png = hugePng(20_000, 20_000);
    expect(png.length).toBeLessThan(1024 * 1024);
    expect(sniffDocument(png)).toEqual({ ok: false, code: 'DOCUMENT_IMAGE_TOO_LARGE' });
  });

  it('refuses a JPEG whose frame declares 20000×20000', () => {
    expect(sniffDocument(jpegDeclaring(20_000, 20_000))).toEqual({ ok: false, code: 'DOCUMENT_IMAGE_TOO_LARGE' });
  });

  it('takes a 25-megapixel scan, without a thumbnail for the page to decode', () => {
    const session = new DocumentSession();
    const view = session.addCaptured('authorisation_letter', hugePng(5000, 5000));
    expect(view).toMatchObject({ kind: 'png', imageBase64: null });
    expect(session.addCaptured('authorisation_letter', makePng()).imageBase64).toBeTruthy();
  });
});

describe('Office files with embedded objects or external links', () => {
  it.each([
    ['a DOCX with an embedded OLE object', docxEmbeddedObject()],
    ['a DOCX with a remote template', docxRemoteTemplate()],
    ['a workbook linked to another workbook', docxLinkedWorkbook()],
    [
      'a deflated DOCX whose document links a remote image',
      deflatedDocx({
        'word/_rels/document.xml.rels':
          '<Relationships><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://attacker.example/p.png" TargetMode="External"/></Relationships>',
      }),
    ],
    ['a Word 97 file with an ObjectPool', makeCfb(['WordDocument', 'ObjectPool'])],
  ])('refuses %s', (_, bytes) => {
    expect(sniffDocument(bytes)).toEqual({ ok: false, code: 'DOCUMENT_EMBEDDED_CONTENT' });
  });

  it('takes a DOCX with a hyperlink, deflated or stored', () => {
    expect(sniffDocument(docxHyperlink())).toMatchObject({ ok: true, kind: 'docx' });
    expect(sniffDocument(deflatedDocx({ 'word/styles.xml': '<w:styles/>' }))).toMatchObject({ ok: true, kind: 'docx' });
    expect(sniffDocument(makeDocx())).toMatchObject({ ok: true, kind: 'docx' });
  });
});

describe('a FIFO swapped in after listing', () => {
  it('is refused at once instead of hanging the import', { timeout: 10_000 }, async () => {
    const drive = mkdtempSync(path.join(tmpdir(), 'fifo-drive-'));
    const file = path.join(drive, 'licence.pdf');
    writeFileSync(file, makePdf());
    const [listed] = await listCandidateFiles(drive);
    expect(listed?.path).toBe(file);
    rmSync(file);
    execFileSync('mkfifo', [file]);
    cleanups.push(() => {
      // Releases a reader stuck on the FIFO (only the unfixed code would be one).
      const writer = (() => {
        try {
          return openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
        } catch {
          return undefined;
        }
      })();
      if (writer !== undefined) closeSync(writer);
      rmSync(drive, { recursive: true, force: true });
    });
    mkdirSync(path.join(drive, 'sub'));
    const outcome = await Promise.race([
      readPickedFile(drive, file).then(
        () => 'read',
        (error: { code?: string }) => error.code,
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 3000)),
    ]);
    expect(outcome).toBe('DOCUMENT_GONE');
  });
});
