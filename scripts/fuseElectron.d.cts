/** Types for scripts/fuseElectron.cjs (the electron-builder afterPack hook), for tests. */
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export declare const kioskFuses: Record<FuseName, boolean>;
export declare const fuseIndex: Record<FuseName, number>;
export declare function fuseConfig(): Record<string, unknown>;
export declare function packedExecutable(context: PackContext): string;
export declare function afterPack(context: PackContext): Promise<void>;
