import type { AttachmentRef, OutboxRepository } from '../store/outboxRepository';
import { SendError, type OutboxItemContext, type OutboxSender } from './outboxSender';

export interface UploadOptions {
  repository: OutboxRepository;
  sender: OutboxSender;
  chunkSize: number;
  item: OutboxItemContext;
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
}

/** An attachment with the upload it goes to; `fresh` when the upload was created in this attempt (it holds nothing yet). */
export interface UploadTarget {
  ref: AttachmentRef;
  url: string;
  fresh: boolean;
}

/** Offset disagreements in a row before the attempt is given up (and retried later). */
const maxOffsetResyncs = 3;

/**
 * Creates the uploads an item's attachments do not have yet, each under the attachment's own id as
 * Idempotency-Key, and saves all their URLs in one commit before any byte goes out: after a crash
 * the same uploads continue instead of second ones being started (no orphans). A crash between
 * creating and saving is harmless too: the same keys find the same uploads again.
 */
export async function prepareUploads(refs: readonly AttachmentRef[], options: Omit<UploadOptions, 'chunkSize' | 'onProgress'>): Promise<UploadTarget[]> {
  const { repository, sender, item } = options;
  const targets: UploadTarget[] = [];
  try {
    for (const ref of refs) {
      if (ref.uploadUrl !== null) {
        targets.push({ ref, url: ref.uploadUrl, fresh: false });
        continue;
      }
      const request = { idempotencyKey: ref.id, name: ref.name, length: ref.length, sha256: ref.sha256, contentType: ref.contentType, item };
      targets.push({ ref, url: (await sender.createUpload(request)).url, fresh: true });
    }
  } finally {
    // Also when a later create failed: the uploads already created are kept for the next attempt.
    repository.setUploadUrls(targets.filter((t) => t.fresh).map((t) => ({ attachmentId: t.ref.id, url: t.url })));
  }
  return targets;
}

/**
 * Sends one attachment's bytes, resuming where the server stopped. A fresh upload starts at 0
 * without asking; should the server know the key from before and hold bytes already, its 409 on
 * the first chunk carries its offset and the loop resumes there. An upload the server lost is
 * forgotten, so the next attempt creates it again.
 */
export async function sendAttachment(target: UploadTarget, options: UploadOptions): Promise<void> {
  const { ref } = target;
  if (ref.uploaded) return;
  try {
    await sendBytes(target.url, target.fresh ? 0 : null, ref, options);
  } catch (error) {
    if (error instanceof SendError && error.failure.kind === 'uploadGone') options.repository.forgetUpload(ref.id);
    throw error;
  }
}

async function sendBytes(url: string, knownOffset: number | null, ref: AttachmentRef, options: UploadOptions): Promise<void> {
  const { repository, sender, chunkSize } = options;
  const data = repository.readAttachment(ref);
  let offset = knownOffset ?? (await sender.uploadOffset(url));
  let resyncs = 0;
  while (offset < data.length) {
    try {
      const end = Math.min(offset + chunkSize, data.length);
      const next = await sender.uploadChunk(url, offset, data.subarray(offset, end));
      // A server that takes a chunk without moving forward would be fed the same chunk in a tight loop.
      if (!(next > offset && next <= end)) throw new SendError({ kind: 'retryable', reason: 'upload offset did not advance' });
      offset = next;
      resyncs = 0;
    } catch (error) {
      if (!(error instanceof SendError) || error.failure.kind !== 'offsetMismatch' || ++resyncs > maxOffsetResyncs) throw error;
      offset = error.failure.offset ?? (await sender.uploadOffset(url));
    }
    options.onProgress?.(Math.min(offset, data.length), data.length);
  }
  if (offset !== data.length) {
    throw new SendError({ kind: 'rejected', code: 'upload.offset_beyond_length' });
  }
}
