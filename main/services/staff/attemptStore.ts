import type Database from 'better-sqlite3';

/** What a gate remembers between attempts: failures counted so far and the end of any lockout (epoch ms). */
export interface GateState {
  failures: number;
  lockedUntil: number;
}

/** Where a gate keeps its state; each write must be durable before the secret is checked. */
export interface AttemptStore {
  load(): GateState;
  save(state: GateState): void;
}

/** Kept in memory only: for tools and tests that need no restart story. */
export function memoryAttemptStore(): AttemptStore {
  let state: GateState = { failures: 0, lockedUntil: 0 };
  return {
    load: () => ({ ...state }),
    save: (next) => {
      state = { ...next };
    },
  };
}

/**
 * Kept in the kiosk database (table `attempt_gate`, one row per gate), so pulling the plug or
 * restarting the kiosk does not hand a guesser a fresh set of attempts.
 */
export function sqliteAttemptStore(db: Database.Database, gate: string): AttemptStore {
  const select = db.prepare<[string], { failures: number; locked_until: number }>('SELECT failures, locked_until FROM attempt_gate WHERE gate = ?');
  const upsert = db.prepare<[string, number, number]>(
    `INSERT INTO attempt_gate (gate, failures, locked_until) VALUES (?, ?, ?)
     ON CONFLICT (gate) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  return {
    load() {
      const row = select.get(gate);
      return row ? { failures: row.failures, lockedUntil: row.locked_until } : { failures: 0, lockedUntil: 0 };
    },
    save(state) {
      upsert.run(gate, state.failures, state.lockedUntil);
    },
  };
}
