import { describe, expect, it } from 'vitest';
import { pickDocumentCamera } from '../../../../../renderer/capture/document/documentCameraChoice';
import { judgeFrame, SteadyCounter, stillInPlace } from '../../../../../renderer/capture/document/documentQuality';
import { findPageOutline } from '../../../../../renderer/capture/document/pageOutline';
import { laplacianVariance, type GreyFrame } from '../../../../../renderer/capture/document/greyFrame';
import { colourOf, drawPage, turnedPage } from './syntheticPages';

const W = 160;
const H = 120;

/** A dark bed with a bright page (with dark "text" lines) in the given box. */
function frame(
  box: { l: number; t: number; r: number; b: number } | null,
  opts: { glare?: boolean; blur?: boolean; shift?: number; paper?: number } = {},
): GreyFrame {
  const data = new Uint8Array(W * H).fill(40);
  if (box) {
    for (let y = box.t; y <= box.b; y++) {
      for (let x = box.l; x <= box.r; x++) {
        const text = !opts.blur && y % 6 === 0 && x > box.l + 4 && x < box.r - 4 && (x + (opts.shift ?? 0)) % 9 < 6;
        data[y * W + x] = text ? 60 : opts.glare && x < (box.l + box.r) / 2 ? 255 : (opts.paper ?? 225);
      }
    }
  }
  return { width: W, height: H, data };
}
const centred = { l: 30, t: 15, r: 130, b: 105 };

describe('document frame checks', () => {
  it('finds a centred page and calls a still, sharp one ready', () => {
    const f = frame(centred);
    const page = findPageOutline(f)!;
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
    const box = { left: centred.l, top: centred.t, right: centred.r, bottom: centred.b };
    expect(laplacianVariance(frame(centred), box)).toBeGreaterThan(laplacianVariance(blurry, box) * 10 + 100);
  });

  it('takes a plain white page, saturated all over, for paper and not for glare', () => {
    const white = frame(centred, { paper: 255 });
    expect(judgeFrame(white, white).guidance).toBe('ready');
    expect(judgeFrame(white, white).glare).toBe(0);
  });

  it('asks for the whole page when it runs off a frame it mostly fills', () => {
    const big = frame({ l: 0, t: 5, r: 150, b: 115 });
    expect(judgeFrame(big, big).guidance).toBe('cutOff');
  });

  it('accepts a page at an angle, whose outline leans with it', () => {
    const page = drawPage(320, 180, turnedPage(160, 90, 190, 120, 12));
    const verdict = judgeFrame({ ...page, rgba: colourOf(page) }, page);
    expect(verdict.guidance).toBe('ready');
    expect(verdict.outline!.corners[1].y - verdict.outline!.corners[0].y).toBeGreaterThan(30);
  });

  it('refuses a page-shaped area that is skin coloured, and a round blob, as not a document', () => {
    const page = drawPage(320, 180, turnedPage(160, 90, 210, 140, 0));
    const skin = colourOf(page, (v) => (v > 100 ? [224, 172, 140] : [v, v, v]));
    expect(judgeFrame({ ...page, rgba: skin }, page).guidance).toBe('notDocument');
    const blob: GreyFrame = { width: 320, height: 180, data: new Uint8Array(320 * 180).fill(40) };
    for (let y = 0; y < 180; y++) for (let x = 0; x < 320; x++) if (((x - 160) / 60) ** 2 + ((y - 90) / 75) ** 2 <= 1) blob.data[y * 320 + x] = 190;
    expect(judgeFrame({ ...blob, rgba: colourOf(blob) }, blob).guidance).toBe('notDocument');
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

  it('photographs an auto-capture only while the page is still whole and where it was judged ready', () => {
    const judged = judgeFrame(frame(centred), frame(centred)).outline!.corners;
    expect(stillInPlace(findPageOutline(frame(centred)), judged, W)).toBe(true);
    // A little shake (under 3 % of the width) is the same page.
    expect(stillInPlace(findPageOutline(frame({ l: 32, t: 16, r: 132, b: 106 })), judged, W)).toBe(true);
    // The desk alone (a looping camera, a page lifted away), the page pushed aside, the page half out.
    expect(stillInPlace(findPageOutline(frame(null)), judged, W)).toBe(false);
    expect(stillInPlace(findPageOutline(frame({ l: 40, t: 15, r: 140, b: 105 })), judged, W)).toBe(false);
    expect(stillInPlace(findPageOutline(frame({ l: 80, t: 15, r: 159, b: 105 })), judged, W)).toBe(false);
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
