import { randomUUID } from 'node:crypto';
import type { AppealDocumentType, DocumentKind, DocumentView } from '../../../common/contract/services/enterpriseFlows';
import { allowedKinds } from '../../../common/contract/services/enterpriseFlows';
import { KioskError } from '../../../common/errors';
import { defaultAllowList, listCandidateFiles, readPickedFile, type CandidateFile, type DriveAllowList } from './driveFiles';
import { listRemovableMounts, type DriveSourceOptions, type RemovableMount } from './removableDrives';
import { checkDocument, contentTypes, extensionOf } from './sniff';

/** A checked document, held in memory for one citizen until it is queued (encrypted) or wiped. */
export interface HeldDocument {
  documentId: string;
  documentType: AppealDocumentType;
  kind: DocumentKind;
  contentType: string;
  bytes: Buffer;
  source: 'camera' | 'usb';
  fileName: string;
}

const THUMBNAIL_SOURCE_MAX = 4 * 1024 * 1024;
/** The page decodes a thumbnail at full size: 16 megapixels is 64 MiB of RGBA. */
const THUMBNAIL_MAX_PIXELS = 16_000_000;

export interface DocumentSessionOptions extends DriveSourceOptions {
  allowList?: DriveAllowList;
  listMounts?: () => Promise<RemovableMount[]>;
}

/**
 * The appeal materials of the citizen at the screen. Drives and files are known to the renderer
 * only by random ids; a file is read once when picked and checked by content; nothing is written
 * to disk. `wipe()` zeroes every buffer (session end).
 */
export class DocumentSession {
  private drives = new Map<string, RemovableMount>();
  private files = new Map<string, { driveId: string; file: CandidateFile }>();
  private documents = new Map<string, HeldDocument>();

  constructor(private readonly options: DocumentSessionOptions = {}) {}

  async listDrives(): Promise<{ driveId: string; label: string }[]> {
    const mounts = await (this.options.listMounts ?? (() => listRemovableMounts(this.options)))();
    this.drives.clear();
    this.files.clear();
    return mounts.slice(0, 16).map((m) => {
      const driveId = randomUUID();
      this.drives.set(driveId, m);
      return { driveId, label: m.label.slice(0, 100) };
    });
  }

  async listFiles(driveId: string): Promise<{ fileId: string; name: string; folder: string | null; size: number }[]> {
    const drive = this.requireDrive(driveId);
    const found = await listCandidateFiles(drive.path, this.options.allowList ?? defaultAllowList).catch(() => {
      throw new KioskError('DRIVE_GONE', 'the drive cannot be read');
    });
    for (const [id, f] of this.files) if (f.driveId === driveId) this.files.delete(id);
    return found.map((file) => {
      const fileId = randomUUID();
      this.files.set(fileId, { driveId, file });
      return { fileId, name: file.name.slice(0, 255), folder: file.folder?.slice(0, 255) ?? null, size: file.size };
    });
  }

  async importFile(driveId: string, fileId: string, documentType: AppealDocumentType): Promise<DocumentView> {
    const drive = this.requireDrive(driveId);
    const picked = this.files.get(fileId);
    if (!picked || picked.driveId !== driveId) throw new KioskError('DOCUMENT_GONE', 'unknown file', 'fileId');
    const bytes = await readPickedFile(drive.path, picked.file.path);
    return this.hold(bytes, documentType, 'usb', picked.file.name);
  }

  addCaptured(documentType: AppealDocumentType, jpeg: Buffer): DocumentView {
    return this.hold(jpeg, documentType, 'camera', `${documentType}.jpg`);
  }

  remove(documentId: string): boolean {
    const held = this.documents.get(documentId);
    if (!held) return false;
    held.bytes.fill(0);
    return this.documents.delete(documentId);
  }

  get(documentId: string): HeldDocument | undefined {
    return this.documents.get(documentId);
  }

  wipe(): void {
    for (const d of this.documents.values()) d.bytes.fill(0);
    this.documents.clear();
    this.drives.clear();
    this.files.clear();
  }

  private requireDrive(driveId: string): RemovableMount {
    const drive = this.drives.get(driveId);
    if (!drive) throw new KioskError('DRIVE_GONE', 'unknown drive', 'driveId');
    return drive;
  }

  private hold(bytes: Buffer, documentType: AppealDocumentType, source: 'camera' | 'usb', name: string): DocumentView {
    const checked = checkDocument(bytes, allowedKinds[documentType]);
    if (!checked.ok) {
      bytes.fill(0);
      throw new KioskError(checked.code, `document refused: ${checked.code}`, 'document');
    }
    // One document per material: a retake or a new pick replaces the previous one.
    for (const [id, d] of this.documents) if (d.documentType === documentType) this.remove(id);
    const base = name.replace(/\.[^.]*$/, '') || documentType;
    const held: HeldDocument = {
      documentId: randomUUID(),
      documentType,
      kind: checked.kind,
      contentType: contentTypes[checked.kind],
      bytes,
      source,
      fileName: `${base}.${extensionOf[checked.kind]}`,
    };
    this.documents.set(held.documentId, held);
    const pixels = checked.dimensions ? checked.dimensions.width * checked.dimensions.height : Infinity;
    const image = (checked.kind === 'jpeg' || checked.kind === 'png') && bytes.length <= THUMBNAIL_SOURCE_MAX && pixels <= THUMBNAIL_MAX_PIXELS;
    return {
      documentId: held.documentId,
      documentType,
      kind: held.kind,
      size: bytes.length,
      source,
      fileName: held.fileName,
      imageBase64: image ? bytes.toString('base64') : null,
    };
  }
}
