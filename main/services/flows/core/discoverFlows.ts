import type { AnyFlowModule } from './flowModule';

/**
 * The flow modules of one service folder, as `import.meta.glob('./*.flow.ts', { eager: true, import:
 * 'default' })` found them, in file-name order so composition is the same on every start. A new flow
 * is its `.flow.ts` file alone; the composer refuses a set that does not cover the contract.
 */
export function discoveredFlows(found: Record<string, AnyFlowModule>): AnyFlowModule[] {
  return Object.keys(found)
    .sort()
    .map((path) => found[path]!);
}
