import { describe, expect, it } from 'vitest';
import { decodePhotoWithVendorProgram } from '../../../../../main/services/idcard/photoDecoderHook';
import { fakePhoto } from '../../../../../main/services/idcard/simulator/sampleCards';

const node = process.execPath;

describe('vendor photo decoder hook', () => {
  it('pipes WLT bytes through the program and returns its stdout', async () => {
    // A stand-in "decoder": prefixes BM and echoes the input length.
    const script = "let n=0;process.stdin.on('data',c=>n+=c.length).on('end',()=>process.stdout.write('BM'+n))";
    const out = await decodePhotoWithVendorProgram(fakePhoto(9), { command: node, args: ['-e', script] });
    expect(out.toString()).toBe('BM1024');
  });

  it('reports a failing program precisely', async () => {
    await expect(decodePhotoWithVendorProgram(fakePhoto(9), { command: node, args: ['-e', 'process.exit(3)'] })).rejects.toMatchObject({
      code: 'idcard.photo-decoder-failed',
      message: 'photo decoder exited with code 3',
    });
    await expect(decodePhotoWithVendorProgram(fakePhoto(9), { command: '/nonexistent/decoder' })).rejects.toMatchObject({
      code: 'idcard.photo-decoder-failed',
    });
  });
});
