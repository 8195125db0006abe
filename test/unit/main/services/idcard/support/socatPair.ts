import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { waitFor } from './loopHarness';

/** A socat pseudo-terminal pair; `stop()` is an unplug, `start()` again a replug on the same paths. */
export class SocatPair {
  private child: ChildProcess | null = null;

  constructor(
    readonly hostPath: string,
    readonly simPath: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn('socat', [`pty,raw,echo=0,link=${this.hostPath}`, `pty,raw,echo=0,link=${this.simPath}`], { stdio: 'ignore' });
    this.child = child;
    await waitFor('socat links', () => existsSync(this.hostPath) && existsSync(this.simPath), 5000);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await waitFor('socat links removed', () => !existsSync(this.hostPath) && !existsSync(this.simPath), 5000);
  }
}
