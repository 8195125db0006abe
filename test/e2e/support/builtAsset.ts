/**
 * The path the build serves a source file under: `/assets/<name>-<hash of its content>.<ext>`.
 * `name` may be a pattern (`en|ug|bo`).
 */
export function builtAsset(name: string, ext: string): RegExp {
  return new RegExp(`^/assets/(?:${name})-[\\w-]{8}\\.${ext}$`);
}

/** Whether a URL is the built form of a source file, e.g. `NotoSansSC-UI-Regular.woff2`. */
export function isBuiltFrom(url: string, file: string): boolean {
  const dot = file.lastIndexOf('.');
  return builtAsset(file.slice(0, dot), file.slice(dot + 1)).test(new URL(url).pathname);
}
