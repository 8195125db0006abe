import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSession, listCandidateFiles, parseLsblk, parseMountInfo, readPickedFile } from '../../../../../main/services/documents';
import { windowsRemovableMounts } from '../../../../../main/services/documents/removableDrives';
import { documentFixtures, makeLargePdf } from '../../../../fixtures/documents/makeDocuments';

let root: string;
let drive: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'usb-'));
  drive = path.join(root, 'KINGSTON');
  mkdirSync(path.join(drive, 'scans', 'deeper'), { recursive: true });
  mkdirSync(path.join(drive, '.Trashes'));
  for (const [name, bytes] of Object.entries(documentFixtures())) writeFileSync(path.join(drive, name), bytes);
  writeFileSync(path.join(drive, 'scans', 'id-front.png'), documentFixtures()['scan.png']!);
  writeFileSync(path.join(drive, 'scans', 'deeper', 'too-deep.pdf'), documentFixtures()['licence.pdf']!);
  writeFileSync(path.join(drive, '.hidden.pdf'), documentFixtures()['licence.pdf']!);
  writeFileSync(path.join(drive, '~$letter.docx'), 'lock');
  writeFileSync(path.join(drive, '.Trashes', 'x.pdf'), documentFixtures()['licence.pdf']!);
  writeFileSync(path.join(drive, 'notes.txt'), 'not offered');
  writeFileSync(path.join(root, 'outside.pdf'), documentFixtures()['licence.pdf']!);
  symlinkSync(path.join(root, 'outside.pdf'), path.join(drive, 'link.pdf'));
  symlinkSync(root, path.join(drive, 'linkdir'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('listCandidateFiles', () => {
  it('offers allowed extensions in the top folder and one level down; nothing hidden, deeper, or linked', async () => {
    const files = await listCandidateFiles(drive);
    const names = files.map((f) => (f.folder ? `${f.folder}/${f.name}` : f.name)).sort();
    expect(names).toEqual(
      [
        'broken.png',
        'invoice.pdf',
        'letter.doc',
        'letter.docx',
        'letter.xls',
        'letter.xlsx',
        'licence.pdf',
        'macro.docx',
        'photo.jpg',
        'scan.png',
        'scans/id-front.png',
        'setup.pdf',
      ].sort(),
    );
  });

  it('keeps to the configured folders and extensions', async () => {
    const files = await listCandidateFiles(drive, { extensions: ['png'], folders: ['scans'] });
    expect(files.map((f) => f.name)).toEqual(['id-front.png']);
  });
});

describe('readPickedFile', () => {
  it('reads a regular file inside the mount, and refuses a link or a file outside', async () => {
    expect(readFileSync(path.join(drive, 'licence.pdf')).equals(await readPickedFile(drive, path.join(drive, 'licence.pdf')))).toBe(true);
    await expect(readPickedFile(drive, path.join(drive, 'link.pdf'))).rejects.toMatchObject({ code: 'DOCUMENT_GONE' });
    await expect(readPickedFile(drive, path.join(root, 'outside.pdf'))).rejects.toMatchObject({ code: 'DOCUMENT_GONE' });
  });

  it('refuses a file larger than any type allows before reading it', async () => {
    const big = path.join(drive, 'huge.pdf');
    writeFileSync(big, makeLargePdf(21 * 1024 * 1024));
    await expect(readPickedFile(drive, big)).rejects.toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
  });
});

describe('DocumentSession', () => {
  const session = () => new DocumentSession({ demoRoot: root });

  it('imports each allowed type by content and refuses the disguised ones with their reason', async () => {
    const s = session();
    const [usb] = await s.listDrives();
    expect(usb).toMatchObject({ label: 'KINGSTON' });
    const files = await s.listFiles(usb!.driveId);
    const pick = (name: string) => files.find((f) => f.name === name)!.fileId;
    const results: Record<string, string> = {};
    for (const name of [
      'licence.pdf',
      'photo.jpg',
      'scan.png',
      'letter.docx',
      'letter.xlsx',
      'letter.doc',
      'letter.xls',
      'invoice.pdf',
      'setup.pdf',
      'broken.png',
      'macro.docx',
    ]) {
      try {
        const view = await s.importFile(usb!.driveId, pick(name), 'authorisation_letter');
        results[name] = view.kind;
      } catch (error) {
        results[name] = (error as { code: string }).code;
      }
    }
    expect(results).toEqual({
      'licence.pdf': 'pdf',
      'photo.jpg': 'jpeg',
      'scan.png': 'png',
      'letter.docx': 'docx',
      'letter.xlsx': 'xlsx',
      'letter.doc': 'doc',
      'letter.xls': 'xls',
      'invoice.pdf': 'DOCUMENT_EXECUTABLE',
      'setup.pdf': 'DOCUMENT_EXECUTABLE',
      'broken.png': 'DOCUMENT_TRUNCATED',
      'macro.docx': 'DOCUMENT_MACROS',
    });
  });

  it('keeps one document per material, returns image bytes for a thumbnail, and zeroes everything on wipe', async () => {
    const s = session();
    const [usb] = await s.listDrives();
    const files = await s.listFiles(usb!.driveId);
    const first = await s.importFile(usb!.driveId, files.find((f) => f.name === 'photo.jpg')!.fileId, 'agent_holding_id');
    expect(first.imageBase64).toBeTruthy();
    const second = await s.importFile(usb!.driveId, files.find((f) => f.name === 'scan.png')!.fileId, 'agent_holding_id');
    expect(s.get(first.documentId)).toBeUndefined();
    const held = s.get(second.documentId)!;
    s.wipe();
    expect(held.bytes.every((b) => b === 0)).toBe(true);
    expect(s.get(second.documentId)).toBeUndefined();
    await expect(s.listFiles(usb!.driveId)).rejects.toMatchObject({ code: 'DRIVE_GONE' });
  });

  it('knows drives and files only by random ids', async () => {
    const s = session();
    const drives = await s.listDrives();
    const files = await s.listFiles(drives[0]!.driveId);
    expect(JSON.stringify({ drives, files })).not.toContain(root);
  });
});

describe('removable drive discovery (parsers)', () => {
  it('takes lsblk mounts of removable devices and their partitions', () => {
    const json = JSON.stringify({
      blockdevices: [
        { rm: false, mountpoints: [null], children: [{ rm: false, mountpoints: ['/'] }] },
        { rm: true, mountpoints: [null], label: null, children: [{ rm: false, mountpoints: ['/media/kiosk/USB STICK'], label: 'USB STICK' }] },
        { rm: '1', mountpoint: '/run/media/kiosk/CAM', label: 'CAM' },
      ],
    });
    expect(parseLsblk(json)).toEqual([
      { path: '/media/kiosk/USB STICK', label: 'USB STICK' },
      { path: '/run/media/kiosk/CAM', label: 'CAM' },
    ]);
    expect(parseLsblk('not json')).toEqual([]);
  });

  it('decodes mountinfo escapes', () => {
    expect(parseMountInfo('36 35 8:17 / /media/kiosk/USB\\040STICK rw,nosuid - vfat /dev/sdb1 rw').has('/media/kiosk/USB STICK')).toBe(true);
  });

  it('reads removable logical disks from PowerShell, or wmic without it', async () => {
    const ps = async () =>
      JSON.stringify([
        { DeviceID: 'E:', VolumeName: 'KINGSTON' },
        { DeviceID: 'F:', VolumeName: '' },
      ]);
    expect(await windowsRemovableMounts(ps)).toEqual([
      { path: 'E:\\', label: 'KINGSTON' },
      { path: 'F:\\', label: 'F:' },
    ]);
    const wmic = async (file: string) => {
      if (file === 'powershell.exe') throw new Error('missing');
      return 'Node,DeviceID,VolumeName\r\nKIOSK,E:,SANDISK\r\n';
    };
    expect(await windowsRemovableMounts(wmic)).toEqual([{ path: 'E:\\', label: 'SANDISK' }]);
  });
});
