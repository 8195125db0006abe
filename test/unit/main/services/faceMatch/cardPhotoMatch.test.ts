import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCardPhotoJpeg } from '../../../../../main/demo/demoCardPhoto';
import { createCardPhotoMatcher, cardPhotoMatchPolicy, type CardPhotoSource } from '../../../../../main/services/faceMatch/cardPhotoMatch';
import { cardPhotoSource } from '../../../../../main/services/faceMatch/cardPhotoSource';
import { createFaceEmbedder } from '../../../../../main/services/faceMatch/faceEmbedder';
import { decodeRgbImage } from '../../../../../main/services/faceMatch/rgbImage';
import { otherPersonCardPhoto } from '../../../../fixtures/face/otherPersonCardPhoto';

const portrait = readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/face/portrait.jpg'));
const photo =
  (image: Uint8Array): CardPhotoSource =>
  () =>
    Promise.resolve({ image });

describe('card photo match: the real face model on the demo card photos', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-photo-'));
  // One model for every policy below: loading it is the slow part.
  const embedder = createFaceEmbedder();
  const matcher = createCardPhotoMatcher(embedder, cardPhotoMatchPolicy());
  let otherPerson: Buffer;
  let cardBmp: Buffer;
  beforeAll(async () => {
    otherPerson = readFileSync(otherPersonCardPhoto(dir));
    // What a vendor decoder writes: a 24-bit BMP of the card photo.
    writeFileSync(path.join(dir, 'card.jpg'), demoCardPhotoJpeg);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', path.join(dir, 'card.jpg'), '-pix_fmt', 'bgr24', path.join(dir, 'card.bmp')]);
    cardBmp = readFileSync(path.join(dir, 'card.bmp'));
    await matcher.warmUp();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the genuine holder: the demo card photo against the live portrait is a match above the threshold', async () => {
    const result = await matcher.compare(photo(demoCardPhotoJpeg), portrait);
    expect(result).toMatchObject({ status: 'match', threshold: 0.9, matchThreshold: 0.94 });
    expect(result.score).toBeGreaterThanOrEqual(0.94);
    expect(result.model).toContain('face_recognition_model');
  }, 60_000);

  it('another person on the card: a clear mismatch, below the stop threshold', async () => {
    const result = await matcher.compare(photo(otherPerson), portrait);
    expect(result.status).toBe('mismatch');
    expect(result.score).toBeLessThan(0.9);
  }, 60_000);

  it('a vendor decoder’s BMP decodes to the same picture and matches the same way', async () => {
    const bmp = decodeRgbImage(cardBmp);
    const jpeg = decodeRgbImage(demoCardPhotoJpeg);
    expect(bmp && { width: bmp.width, height: bmp.height }).toEqual({ width: 102, height: 126 });
    expect(jpeg && { width: jpeg.width, height: jpeg.height }).toEqual({ width: 102, height: 126 });
    expect((await matcher.compare(photo(cardBmp), portrait)).status).toBe('match');
  }, 60_000);

  it('no face anywhere, or no decoded photo: not available, never a guess', async () => {
    const blank = readFileSync(path.join(dir, 'card.bmp'));
    blank.fill(200, 54);
    expect(await matcher.compare(photo(blank), portrait)).toMatchObject({ status: 'not-available', score: null, reason: 'no face found in the card photo' });
    expect(await matcher.compare(photo(Buffer.from('not an image')), portrait)).toMatchObject({ status: 'not-available', score: null });
    expect(await matcher.compare(() => Promise.resolve({ unavailable: 'no licensed photo decoder configured' }), portrait)).toMatchObject({
      status: 'not-available',
      reason: 'no licensed photo decoder configured',
    });
    const off = createCardPhotoMatcher(embedder, cardPhotoMatchPolicy({ enabled: false }));
    expect(await off.compare(photo(otherPerson), portrait)).toMatchObject({ status: 'not-available', reason: 'switched off' });
  }, 60_000);

  it('a similarity between the two thresholds is uncertain: neither stopped nor claimed', async () => {
    const strict = createCardPhotoMatcher(embedder, cardPhotoMatchPolicy({ matchThreshold: 0.999, mismatchThreshold: 0.5 }));
    const result = await strict.compare(photo(demoCardPhotoJpeg), portrait);
    expect(result.status).toBe('uncertain');
  }, 60_000);
});

describe('card photo source: WLT bytes only ever go to a decoder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-decoder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const wlt = () => Buffer.alloc(1024, 7);

  it('a real reader without a configured decoder: not available', async () => {
    expect(await cardPhotoSource(wlt(), {})()).toEqual({ unavailable: 'no licensed photo decoder configured' });
    expect(await cardPhotoSource(null, {})()).toEqual({ unavailable: 'the card read is no longer kept' });
  });

  it('the vendor program gets the 1024 bytes on stdin and its stdout is the image; a failing one is not available', async () => {
    const program = path.join(dir, 'decoder.sh');
    writeFileSync(path.join(dir, 'photo.jpg'), demoCardPhotoJpeg);
    // Stands in for the vendor's program: checks it was given 1024 bytes, then writes the photo.
    writeFileSync(program, `#!/bin/sh\n[ "$(wc -c)" -eq 1024 ] || exit 3\ncat "$1"\n`);
    chmodSync(program, 0o755);
    const bytes = wlt();
    const decoded = await cardPhotoSource(bytes, { vendor: { command: program, args: [path.join(dir, 'photo.jpg')] } })();
    expect(decoded).toEqual({ image: demoCardPhotoJpeg });
    expect(bytes.every((b) => b === 0)).toBe(true);
    const failed = await cardPhotoSource(wlt(), { vendor: { command: program, args: [path.join(dir, 'missing.jpg')] } })();
    expect(failed).toMatchObject({ unavailable: expect.stringContaining('photo decoder') });
  });

  it('the simulated reader answers for the cards it presented', async () => {
    expect(await cardPhotoSource(wlt(), { simulated: () => demoCardPhotoJpeg })()).toEqual({ image: demoCardPhotoJpeg });
    expect(await cardPhotoSource(wlt(), { simulated: () => null })()).toEqual({ unavailable: 'the simulated card has no plain photo' });
  });
});
