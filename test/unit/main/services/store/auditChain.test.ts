import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../main/services/store/auditLog';
import { openStore } from '../../../../../main/services/store/database';
import { applyRetention } from '../../../../../main/services/store/retention';
import { storeMigrations } from '../../../../../main/services/store/schema';
import { silentLogger } from '../../../../../main/services/log/logger';

function openAudit(now: () => number = Date.now) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'kiosk.db');
  const store = openStore({ path: file, migrations: storeMigrations, logger: silentLogger });
  return { store, audit: new AuditLog(store.db, now), file };
}

describe('hash-chained audit log', () => {
  it('verifies an intact chain', () => {
    const { audit, store } = openAudit();
    audit.append('S001', 'staff.unlock');
    audit.append('S001', 'outbox.retry', 'item-1');
    audit.append('sync', 'outbox.sent', 'item-1');
    expect(audit.verify()).toEqual({ ok: true, rows: 3 });
    store.close();
  });

  it('refuses updates and deletes through SQL', () => {
    const { audit, store } = openAudit();
    audit.append('S001', 'staff.unlock');
    expect(() => store.db.prepare("UPDATE audit_log SET actor = 'S999'").run()).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM audit_log').run()).toThrow(/only be removed by retention/);
    store.close();
  });

  it('detects a row altered behind the triggers’ back, and names it', () => {
    const { audit, store, file } = openAudit();
    for (const action of ['staff.unlock', 'staff.attest', 'outbox.retry', 'staff.lock']) audit.append('S001', action);
    store.close();
    // An attacker with the file drops the trigger and rewrites who attested.
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor = 'S002' WHERE action = 'staff.attest'").run();
    raw.close();
    const reopened = openStore({ path: file, migrations: storeMigrations, logger: silentLogger });
    const verdict = new AuditLog(reopened.db, Date.now).verify();
    expect(verdict).toMatchObject({ ok: false, brokenAt: 2, reason: 'content does not match its hash' });
    reopened.close();
  });

  it('detects a removed row in the middle', () => {
    const { audit, store, file } = openAudit();
    for (const action of ['a', 'b', 'c']) audit.append('S001', action);
    store.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_delete_only_anchored');
    raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    raw.close();
    const reopened = openStore({ path: file, migrations: storeMigrations, logger: silentLogger });
    expect(new AuditLog(reopened.db, Date.now).verify()).toMatchObject({ ok: false, brokenAt: 3 });
    reopened.close();
  });

  it('still verifies after retention removed the oldest rows', () => {
    let now = 1_000;
    const { audit, store } = openAudit(() => now);
    audit.append('S001', 'old-1');
    audit.append('S001', 'old-2');
    now = 10_000_000;
    audit.append('S001', 'recent');
    const result = applyRetention(store.db, audit, { deadMaxAgeMs: 1, deadMaxCount: 10, auditMaxAgeMs: 1_000_000, quarantineMaxAgeMs: 1 }, now);
    expect(result.auditRemoved).toBe(2);
    audit.append('S001', 'after-retention');
    expect(audit.verify()).toEqual({ ok: true, rows: 2 });
    store.close();
  });
});
