import type { Component } from 'vue';
import CardOnReaderArt from './art/CardOnReaderArt.vue';
import DocumentCameraArt from './art/DocumentCameraArt.vue';
import FaceCameraArt from './art/FaceCameraArt.vue';
import PrinterSlotArt from './art/PrinterSlotArt.vue';

/** Every guidance picture; its name and caption are `guidance.pictures.<name>.{name,caption}` in each locale. */
export const guideArt = {
  card: CardOnReaderArt,
  face: FaceCameraArt,
  document: DocumentCameraArt,
  printer: PrinterSlotArt,
} satisfies Record<string, Component>;

export type GuidePictureName = keyof typeof guideArt;
