import { beforeEach, describe, expect, it } from 'vitest';
import { fake } from '../../../fakes/electron';
import { createReceiptPrinter } from '../../../../main/electron/receiptPrinter';
import { createLogger } from '../../../../main/services/log/logger';

/** A CUPS printer as Electron lists it on Linux: its IPP state and reasons in `options`. */
const cups = (name: string, state: string, reasons: string) => ({
  name,
  displayName: name,
  description: '',
  options: { 'printer-state': state, 'printer-state-reasons': reasons, 'printer-is-accepting-jobs': 'true' },
});

describe('receipt printer (Electron glue, fake electron module)', () => {
  const lines: string[] = [];
  const print = (deviceName?: string) => createReceiptPrinter(() => fake.webContents(), deviceName, createLogger({ write: (l) => lines.push(l) }))();

  beforeEach(() => {
    fake.reset();
    lines.length = 0;
  });

  it('prints silently on the configured printer when it is idle', async () => {
    fake.printing.printers = [cups('office', '3', 'none'), cups('POS-80', '3', 'none')];
    expect(await print('POS-80')).toEqual({ printed: true });
    expect(fake.printing.jobs).toEqual([expect.objectContaining({ silent: true, deviceName: 'POS-80' })]);
  });

  it('says out of paper when CUPS reports the roll empty, and sends no job', async () => {
    fake.printing.printers = [cups('POS-80', '5', 'media-empty-error')];
    expect(await print('POS-80')).toEqual({ printed: false, reason: 'printer outOfPaper', problem: 'outOfPaper' });
    fake.printing.printers = [cups('POS-80', '3', 'media-needed-warning')];
    expect((await print('POS-80')).problem).toBe('outOfPaper');
    expect(fake.printing.jobs).toEqual([]);
    expect(lines.join('\n')).toContain('printer not ready');
  });

  it('says offline when the printer is off, unplugged or stopped', async () => {
    for (const [state, reasons] of [
      ['3', 'offline-report'],
      ['5', 'shutdown'],
      ['5', 'none'],
    ]) {
      fake.printing.printers = [cups('POS-80', state as string, reasons as string)];
      expect((await print('POS-80')).problem).toBe('offline');
    }
    expect(fake.printing.jobs).toEqual([]);
  });

  it('says absent when the configured printer is not installed, or there is none', async () => {
    fake.printing.printers = [cups('office', '3', 'none')];
    expect((await print('POS-80')).problem).toBe('absent');
    fake.printing.printers = [];
    expect((await print(undefined)).problem).toBe('absent');
  });

  it('takes the only printer when none is configured, and reports a job the printer failed', async () => {
    fake.printing.printers = [cups('receipt', '3', 'none')];
    fake.printing.answer = { printed: false, reason: 'Print job failed' };
    expect(await print(undefined)).toEqual({ printed: false, reason: 'Print job failed', problem: 'failed' });
    expect(fake.printing.jobs[0]?.deviceName).toBe('receipt');
  });
});
