import type { Component } from 'vue';
import type { ProvinceProfile } from '../../../common/profiles/provinceProfile';
import type { MessageKey } from '../../i18n/messageKey';
import type { FlowGroup } from './outcome';

/**
 * What the router and the home screen know of a flow. Each flow folder holds one as
 * `manifest.ts` (default export); they are found by file name, so a new flow is its folder alone.
 */
export interface FlowManifest {
  route: { name: string; path: string };
  /** Loaded on first use, so the attract screen starts light. */
  component: () => Promise<Component>;
  /** The flow's tile on the home screen: in its group's row, by `order`. */
  tile: {
    group: FlowGroup;
    order: number;
    title: MessageKey;
    body: MessageKey;
    /** A line icon from renderer/pictures/icons: it takes the tile's colour and size. */
    icon: Component;
    /** Whether the hall's province offers the service; absent: every province does. */
    offered?: (profile: ProvinceProfile) => boolean;
  };
  /** Whether the flow's work can be saved in the outbox and sent once the identity API is back. */
  queueable: boolean;
}

/** Types a manifest where it is written. */
export function defineFlowManifest(manifest: FlowManifest): FlowManifest {
  return manifest;
}
