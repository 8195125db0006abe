import { describe, expect, it } from 'vitest';
import { cacheControl } from '../../../../main/appAssets/cachePolicy';
import { securityHeaders } from '../../../../main/appAssets/contentSecurityPolicy';

const kept = 'public, max-age=31536000, immutable';

describe('what the kiosk browser may keep', () => {
  it("keeps the build's hashed scripts, styles and fonts for good, so their compiled code and decoded faces are kept too", () => {
    for (const path of [
      '/assets/index-BMnBuLHm.js',
      '/assets/faceDetectorWorker-BVlPg--J.js',
      '/assets/FlowDone.vue_vue_type_script_setup_true_lang-D3dmCZ_0.js',
      '/assets/index-B8dkK04Y.css',
      '/assets/NotoSansSC-UI-Regular-C2hnCxGN.woff2',
      '/assets/NotoSerifTibetan-Regular-Dq_8-kFv.ttf',
    ]) {
      expect(cacheControl(path), path).toBe(kept);
      expect(securityHeaders(undefined, path)['Cache-Control'], path).toBe(kept);
    }
  });

  it('never stores the page (it carries the hall config), files that keep their name across builds, or anything unnamed', () => {
    for (const path of [
      '/',
      '/index.html',
      '/fonts/NotoSansSC-UI-Regular.woff2',
      '/models/face_detection_short_range.tflite',
      '/audio/zh-CN/welcome.mp3',
      '/assets/index.js',
      '/assets/NotoSansSC-UI-Regular.woff2',
      '/assets/clip-BMnBuLHm.mp4',
      '/assets/sub/index-BMnBuLHm.js',
      '/assets/index-BMnBuLHm.js/../../index.html',
      '/x/assets/index-BMnBuLHm.js',
    ]) {
      expect(cacheControl(path), path).toBe('no-store');
    }
    expect(cacheControl(undefined)).toBe('no-store');
    expect(securityHeaders()['Cache-Control']).toBe('no-store');
  });
});
