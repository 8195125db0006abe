import type { AttachmentRef, OutboxRepository } from '../store/outboxRepository';
import { SendError, type OutboxItemContext, type OutboxSender } from './outboxSender';

export interface UploadOptions {
  repository: OutboxRepository;
  sender: OutboxSender;
  chunkSize: number;
  item: OutboxItemContext;
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
}

/** Offset disagreements in a row before the attempt is given up (and retried later). */
const maxOffsetResyncs = 3;

/**
 * Sends one attachment, resuming where the server stopped. The upload is created with the
 * attachment's own id as Idempotency-Key and its URL is saved before any byte goes out, so after a
 * crash the same upload continues instead of a second one being started (no orphans).
 */
export async function uploadAttachment(ref: AttachmentRef, options: UploadOptions): Promise<string> {
  const { repository, sender, item } = options;
  let url = ref.uploadUrl;
  // A fresh upload starts at 0: no need to ask. Should the server know the key from before and
  // hold bytes already, its 409 on the first chunk carries its offset and the loop resumes there.
  let knownOffset: number | null = null;
  if (url === null) {
    const request = { idempotencyKey: ref.id, name: ref.name, length: ref.length, sha256: ref.sha256, contentType: ref.contentType, item };
    url = (await sender.createUpload(request)).url;
    repository.setUploadUrl(ref.id, url);
    knownOffset = 0;
  }
  if (ref.uploaded) return url;
  try {
    await sendBytes(url, knownOffset, ref, options);
  } catch (error) {
    if (error instanceof SendError && error.failure.kind === 'uploadGone') repository.forgetUpload(ref.id);
    throw error;
  }
  repository.markUploaded(ref.id);
  return url;
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
