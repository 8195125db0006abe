import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Switches the renderer's `useI18n()` to the typed `useText()` of renderer/i18n/useText.ts, so that
 * vue-tsc checks every literal key given to `t`. Usage: `tsx scripts/i18nTypedText.ts [renderer dir]`.
 * Files that call `useI18n` with options (a local scope with its own messages) are left as they are
 * and listed; run `vue-tsc -p tsconfig.web.json` afterwards for the keys that need `tDynamic`.
 */

const importLine = /^import \{([^}]*)\} from 'vue-i18n';\n/m;

function sourceFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(vue|ts)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(root, file).startsWith(`i18n${path.sep}`));
}

function useTextImport(file: string, root: string): string {
  const target = path
    .relative(path.dirname(file), path.join(root, 'i18n', 'useText'))
    .split(path.sep)
    .join('/');
  return target.startsWith('.') ? target : `./${target}`;
}

type Outcome = 'switched' | 'has options' | 'untouched';

/** The file's text with `useText()` in place of `useI18n()`, or why it stays as it is. */
function switchToUseText(text: string, useTextPath: string): { outcome: Outcome; text: string } {
  const imported = importLine.exec(text);
  const names = imported?.[1]?.split(',').map((name) => name.trim()) ?? [];
  if (!imported || !names.includes('useI18n')) return { outcome: 'untouched', text };
  if (/\buseI18n\(\s*[^)\s]/.test(text)) return { outcome: 'has options', text };
  const others = names.filter((name) => name !== 'useI18n' && name !== '');
  const imports = `${others.length > 0 ? `import { ${others.join(', ')} } from 'vue-i18n';\n` : ''}import { useText } from '${useTextPath}';\n`;
  return { outcome: 'switched', text: text.replace(importLine, imports).replace(/\buseI18n\(\)/g, 'useText()') };
}

function main(root: string): void {
  const report: Record<Outcome, string[]> = { switched: [], 'has options': [], untouched: [] };
  for (const file of sourceFiles(root)) {
    const before = readFileSync(file, 'utf8');
    const { outcome, text } = switchToUseText(before, useTextImport(file, root));
    if (text !== before) writeFileSync(file, text);
    report[outcome].push(path.relative(root, file));
  }
  console.log(`switched to useText(): ${report.switched.length} files`);
  for (const file of report['has options']) console.log(`left as is (useI18n with options): ${file}`);
}

main(path.resolve(process.argv[2] ?? 'renderer'));
