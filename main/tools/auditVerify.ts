import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadHallConfig, standardConfigPath } from '../services/config/loadHallConfig';
import { verifyAuditChain } from '../services/store/auditChain';

/**
 * `npm run audit:verify [-- --db=FILE]`: walks the kiosk's audit chain read-only and says whether
 * it is intact, or the first row that is not. Exit code 0 intact, 1 broken, 2 cannot check.
 */
const dbArg = process.argv
  .slice(2)
  .find((a) => a.startsWith('--db='))
  ?.slice(5);
const file = dbArg ?? path.join(loadHallConfig({ standardPath: standardConfigPath() }).dataDir, 'kiosk.db');
if (!existsSync(file)) {
  console.error(`No kiosk database at ${file}`);
  process.exit(2);
}
const db = new Database(file, { readonly: true, fileMustExist: true });
try {
  const verdict = verifyAuditChain(db);
  if (verdict.ok) {
    console.log(`Audit log intact: ${verdict.rows} rows verified (${file})`);
  } else {
    console.error(`Audit log BROKEN at row ${verdict.brokenAt}: ${verdict.reason} (${verdict.rows} rows verified before it; ${file})`);
    process.exitCode = 1;
  }
} finally {
  db.close();
}
