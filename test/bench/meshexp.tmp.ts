import { join } from 'node:path';
import { openHarness, repoRoot } from '../fixtures/face/harnessServer';
const harness = await openHarness({
  fakeCamera: join(repoRoot, 'test-results/face-clips/blink-turn.mjpeg'),
  page: { path: 'test/fixtures/face-attacks/padHarness.html', ready: 'padHarness' },
});
try {
  const r: any = await harness.page.evaluate(`(async () => {
    const { createFacePipeline } = await import('/renderer/capture/face/facePipeline.ts');
    const { eyeAspectRatio } = await import('/renderer/capture/face/landmarkRatios.ts');
    const { startFaceFrameLoop } = await import('/renderer/capture/face/faceFrameLoop.ts');
    const { FaceCaptureSession, buildCaptureConfig } = await import('/renderer/capture/face/faceCaptureSession.ts');
    const { BestFrame } = await import('/renderer/capture/face/bestFrame.ts');
    const video = document.getElementById('camera');
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480, frameRate: 30 } });
    await video.play();
    const p = await createFacePipeline({ wasmBaseUrl: '/resources/mediapipe/wasm', modelUrl: '/resources/models/face_detection_short_range.tflite', meshBaseUrl: '/resources/mediapipe/face_mesh' });
    const log = [];
    const session = new FaceCaptureSession(buildCaptureConfig({ challenges: ['blink', 'turnLeft'] }));
    const orig = p.analyse;
    await new Promise((resolve) => {
      const loop = startFaceFrameLoop({ video, detector: { ...p, analyse: async (...a) => { const r = await orig(...a); r.ear = r.landmarks ? eyeAspectRatio(r.landmarks) : null; log.push(\`\${a[3] ? 'W' : '-'}\${r.landmarks ? eyeAspectRatio(r.landmarks).toFixed(2) : 'null'}\`); return r; } }, session, bestFrame: new BestFrame(),
        onFrame: (o) => { log.push(\`[\${o.phase} \${o.challenge ?? ''} \${o.instruction}]\`); if (o.phase === 'done' || o.phase === 'failed') { loop.stop(); resolve(); } } });
      setTimeout(() => { loop.stop(); resolve(); }, 20000);
    });
    p.close();
    return { log: log.join(' '), ev: JSON.stringify(session.evidence('CPU').liveness) };
  })()`);
  console.log(r.log.replace(/\[(\w+) (\w*) ([\w.]+)\]/g, (m, a, b, c) => `${a[0]}${b ? ':' + b : ''}`)); console.log(r.ev);
} finally {
  await harness.close();
}
