import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allUiErrorCodes, uiErrorCodes } from '../../../common/errorCodes';
import { documentErrorCodes } from '../../../main/services/documents/sniff';
import { clientErrorCodes } from '../../../main/services/identity/identityApiError';

const root = path.resolve(import.meta.dirname, '../../..');

/** Codes raised in main/ that never travel to the UI in a call's reply, each with the reason. */
const neverSentToUi: Record<string, string> = {
  'crypto.': 'at-rest encryption: fails at start-up, or inside the outbox, which handles it',
  'store.': 'the database: checked at start-up, before any window opens',
  'outbox.': 'the outbox sender: a failed send stays in the queue for staff, not in a reply',
  'upload.': 'resumable uploads of the outbox sender',
  'idcard.': 'reader status words: the UI shows the reader state, not the code',
};

/** Command-line tools print their own codes to a terminal. */
const notScanned = ['main/tools/'];

/** Code literals where errors are raised: KioskError, the field helpers, domain fail(), `code:` and code tables. */
const raisePatterns = [
  /new KioskError\(\s*'([^']+)'/g,
  /new IdentityApiError\(\s*'[a-z]+',\s*'([^']+)'/g,
  /\b(?:invalid|invalidField|fail)\(\s*'([^']+)'/g,
  /\bcode:\s*'([^']+)'/g,
];
const codeTable = /const \w*Codes\b[^=]*=\s*\{([^}]*)\}/g;
const codeShaped = /^[A-Za-z][A-Za-z0-9_.-]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !notScanned.some((prefix) => file.startsWith(prefix)));
}

/** Every code literal raised in main/ and common/, with the files it appears in. */
function raisedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (code: string, file: string) => {
    if (codeShaped.test(code)) found.set(code, [...(found.get(code) ?? []), file]);
  };
  for (const file of [...sourceFiles('main'), ...sourceFiles('common')]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const pattern of raisePatterns) for (const match of text.matchAll(pattern)) add(match[1]!, file);
    for (const table of text.matchAll(codeTable)) for (const value of table[1]!.matchAll(/:\s*'([^']+)'/g)) add(value[1]!, file);
  }
  return found;
}

describe('error-code registry', () => {
  it('holds every code main/ and common/ raise, except the ones that never reach the UI', () => {
    const registry = new Set(allUiErrorCodes);
    const missing = [...raisedCodes()]
      .filter(([code]) => !registry.has(code) && !Object.keys(neverSentToUi).some((prefix) => code.startsWith(prefix)))
      .map(([code, files]) => `${code} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('lists the code tables of main/ that common/ cannot import', () => {
    expect(uiErrorCodes.identityClient).toEqual(expect.arrayContaining(Object.values(clientErrorCodes)));
    expect(uiErrorCodes.documents).toEqual(expect.arrayContaining(Object.values(documentErrorCodes)));
  });

  it('holds each code once', () => {
    expect(new Set(allUiErrorCodes).size).toBe(allUiErrorCodes.length);
  });
});
