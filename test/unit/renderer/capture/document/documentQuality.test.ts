import { describe, expect, it } from 'vitest';
import {
  findPage,
  judgeFrame,
  laplacianVariance,
  pickDocumentCamera,
  SteadyCounter,
  type GreyFrame,
} from '../../../../../renderer/capture/document/documentQuality';

const W = 160;
const H = 120;

/** A dark bed with a bright page (with dark "text" lines) in the given box. */
function frame(box: { l: number; t: number; r: number; b: number } | null, opts: { glare?: boolean; blur?: boolean; shift?: number } = {}): GreyFrame {
  const data = new Uint8Array(W * H).fill(40);
  if (box) {
    for (let y = box.t; y <= box.b; y++) {
      for (let x = box.l; x <= box.r; x++) {
        const text = !opts.blur && y % 6 === 0 && x > box.l + 4 && x < box.r - 4 && (x + (opts.shift ?? 0)) % 9 < 6;
        data[y * W + x] = text ? 60 : opts.glare && x < (box.l + box.r) / 2 ? 255 : 225;
      }
    }
  }
  return { width: W, height: H, data };
}
const centred = { l: 30, t: 15, r: 130, b: 105 };

describe('document frame checks', () => {
  it('finds a centred page and calls a still, sharp one ready', () => {
    const f = frame(centred);
    const page = findPage(f)!;
    expect(page.coverage).toBeGreaterThan(0.4);
    expect(page.offCentre).toBeLessThan(0.05);
    expect(page.fill).toBeGreaterThan(0.9);
    expect(judgeFrame(f, f).guidance).toBe('ready');
  });

  it('names one problem at a time', () => {
    expect(judgeFrame(frame(null), null).guidance).toBe('noPage');
    expect(judgeFrame(frame({ l: 70, t: 50, r: 95, b: 70 }), null).guidance).toBe('small');
    expect(judgeFrame(frame({ l: 80, t: 40, r: 159, b: 119 }), null).guidance).toBe('offCentre');
    expect(judgeFrame(frame(centred, { glare: true }), null).guidance).toBe('glare');
    expect(judgeFrame(frame(centred), frame(centred, { shift: 4 })).guidance).toBe('moving');
    const blurry = frame(centred, { blur: true });
    expect(judgeFrame(blurry, blurry).guidance).toBe('blurry');
    const box = findPage(blurry)!;
    expect(laplacianVariance(frame(centred), box)).toBeGreaterThan(laplacianVariance(blurry, box) * 10 + 100);
  });

  it('captures only after several ready frames in a row', () => {
    const counter = new SteadyCounter(3);
    const ready = judgeFrame(frame(centred), frame(centred));
    const moving = judgeFrame(frame(centred), frame(centred, { shift: 4 }));
    expect([counter.push(ready), counter.push(ready), counter.push(moving), counter.push(ready), counter.push(ready), counter.push(ready)]).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('chooses the document camera by label, else not the first of several', () => {
    const devices = [
      { deviceId: 'a', label: 'Integrated Webcam', kind: 'videoinput' },
      { deviceId: 'b', label: 'Eloam Document Camera S1', kind: 'videoinput' },
      { deviceId: 'm', label: 'Mic', kind: 'audioinput' },
    ];
    expect(pickDocumentCamera(devices, 'document camera')).toBe('b');
    expect(pickDocumentCamera(devices, null)).toBe('b');
    expect(pickDocumentCamera(devices.slice(0, 1), 'eloam')).toBe('a');
  });
});
