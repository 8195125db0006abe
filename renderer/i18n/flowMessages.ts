/**
 * The zh-CN texts of every flow, one property per flow. Each `renderer/flows/<flow>/strings.ts`
 * adds its own through declaration merging, so `MessageKey` learns a flow's keys without a central list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty here on purpose: only the flows fill it in
export interface FlowMessages {}
