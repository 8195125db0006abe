import { spawn } from 'node:child_process';
import { ReaderError } from './readerErrors';

/**
 * An IT-configured vendor program that turns WLT bytes into an image. The kiosk never decodes WLT
 * itself (the format needs a licensed library); the program gets the 1024 bytes on stdin and must
 * write the image to stdout, so no photo ever touches the disk.
 */
export interface PhotoDecoderConfig {
  command: string;
  args?: string[];
  timeoutMs?: number;
  /** A 24-bit 102×126 BMP is 38,862 bytes; anything far larger is not a card photo. */
  maxOutputBytes?: number;
}

export function decodePhotoWithVendorProgram(wlt: Uint8Array, config: PhotoDecoderConfig): Promise<Buffer> {
  const timeoutMs = config.timeoutMs ?? 5000;
  const maxOutput = config.maxOutputBytes ?? 256 * 1024;
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => reject(new ReaderError('idcard.photo-decoder-failed', why));
    const child = spawn(config.command, config.args ?? [], { stdio: ['pipe', 'pipe', 'ignore'], timeout: timeoutMs });
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) {
        child.kill();
        return;
      }
      chunks.push(chunk);
    });
    child.on('error', (e) => fail(`cannot run photo decoder: ${e.message}`));
    child.on('close', (code, signal) => {
      if (size > maxOutput) fail(`photo decoder wrote more than ${maxOutput} bytes`);
      else if (signal !== null) fail(`photo decoder stopped by ${signal} (timeout ${timeoutMs} ms)`);
      else if (code !== 0) fail(`photo decoder exited with code ${code}`);
      else if (size === 0) fail('photo decoder wrote nothing');
      else resolve(Buffer.concat(chunks));
    });
    // A decoder that exits without reading stdin makes this write fail; the close handler reports it.
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(wlt));
  });
}
