import type { FlowManifest } from './shared/flowManifest';

const found = import.meta.glob<FlowManifest>('./*/manifest.ts', { eager: true, import: 'default' });

/** Every flow of the kiosk, each from its folder's manifest, in tile order. */
export const flowManifests: readonly FlowManifest[] = Object.values(found).sort((a, b) => a.tile.order - b.tile.order);
