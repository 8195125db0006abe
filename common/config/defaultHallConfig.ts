import type { HallConfig } from './hallConfig';

/**
 * What the kiosk runs with when no hall config exists: demo mode against the embedded reference
 * identity API, the card-reader simulator when no reader is found. The demo exit PIN is 246810.
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
  },
  idle: { timeoutSeconds: 90, countdownSeconds: 30 },
  devices: {
    reader: { transport: 'auto', pollIntervalMs: 300 },
    cameras: {},
    printer: {},
  },
  dataDir: '.kiosk-data',
  logLevel: 'info',
};
