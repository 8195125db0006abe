import type { HallConfig } from './hallConfig';

type PresentationAttackThresholds = Required<NonNullable<NonNullable<HallConfig['face']>['presentationAttack']>>;

/**
 * Main's presentation-attack thresholds: between the bona fide and the attack clips of the face
 * bench (`npm run bench -- face`), with room on the bona fide side. `required` stays off until
 * every face step sends the cues.
 */
export const defaultPresentationAttack: PresentationAttackThresholds = {
  required: false,
  minFramesAnalysed: 10,
  minStretchFrames: 3,
  maxMoire: 3.2,
  maxGlare: 0.02,
  maxFrameEdges: 0.85,
};

/**
 * The card photo match's similarity thresholds (cosine of two face embeddings), from the genuine and
 * other-person measurements in docs/face-capture.md, "Card photo match".
 */
export const defaultCardPhotoMatch = { enabled: true, matchThreshold: 0.94, mismatchThreshold: 0.9 };

/**
 * What the kiosk runs with when no hall config exists: demo mode against the embedded reference
 * identity API, the card-reader simulator when no reader is found. The demo exit PIN is 246810;
 * the demo clerk S001 unlocks assisted mode with PIN 135790 or the demo staff card.
 */
export const defaultHallConfig: HallConfig = {
  mode: 'demo',
  hall: { id: 'demo-hall', name: '演示办税服务厅' },
  kioskId: 'demo-kiosk-01',
  province: 'jilin',
  defaultLocale: 'zh-CN',
  identityApi: { baseUrl: 'embedded', timeoutMs: 15_000 },
  shell: { kind: 'auto', port: 0 },
  staff: {
    exitPinHash: 'scrypt$16384$8$1$xwFvn+jIBz+yRk2AJ2UaTg==$QenxKQdvTibZXi1KrUKzDj34U/Ik38e4sPXVbOihVF4=',
    maxPinAttempts: 5,
    lockoutSeconds: 300,
    // Demo counter clerk S001: PIN 135790, or the demo staff card of 周敏.
    members: [
      {
        id: 'S001',
        pinHash: 'scrypt$16384$8$1$tqV1HLIDLOW8L1cZPk95mA==$lAyGhHOrFZWpDsNx8yQfqi4+qTrpgyAg/L3BHEokgkM=',
        cardIdHash: 'scrypt$16384$8$1$jZ/jxXxVCJ6bqji5gyLrcA==$3dbNpaYy2K1Wj3DmuxY5N0x/m6Y448R2tSQA7pY4DTs=',
      },
    ],
    assistedTimeoutMinutes: 15,
  },
  idle: { timeoutSeconds: 90, countdownSeconds: 30 },
  waits: { stepSeconds: 15 },
  voice: { volume: 0.8, systemVoice: true },
  // The demo hall also asks the face where a province leaves it optional (Jilin, Tibet, Fujian), so training walks the face step.
  forgotPassword: { switchOn: ['face'] },
  face: { presentationAttack: defaultPresentationAttack, cardPhotoMatch: defaultCardPhotoMatch },
  receipt: { paper: '80mm' },
  devices: {
    reader: { transport: 'auto', pollIntervalMs: 300 },
    cameras: {},
    printer: {},
  },
  dataDir: '.kiosk-data',
  logLevel: 'info',
};
