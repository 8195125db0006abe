import { describe, expect, it } from 'vitest';
import { debugSwitchesIn } from '../../../../main/shell/debugSwitches';

const start = (argv: string[], execArgv: string[] = [], env: Record<string, string> = {}) => debugSwitchesIn({ argv, execArgv, env });

describe('debugging switches at start', () => {
  it('finds Chromium remote debugging and Node inspector switches wherever they are given', () => {
    expect(start(['electron', 'main.js', '--remote-debugging-port=9222'])).toEqual(['--remote-debugging-port']);
    expect(start(['electron', 'main.js', '--remote-debugging-pipe'])).toEqual(['--remote-debugging-pipe']);
    expect(start(['node', 'launch.js'], ['--inspect=0.0.0.0:9229'])).toEqual(['--inspect']);
    expect(start(['node', 'launch.js'], ['--inspect-brk'])).toEqual(['--inspect-brk']);
    expect(start(['electron', 'main.js', '--inspect-port=9230', '--remote-allow-origins=*'])).toEqual(['--inspect-port', '--remote-allow-origins']);
    expect(start(['node', 'launch.js'], [], { NODE_OPTIONS: '--max-old-space-size=512 --inspect' })).toEqual(['--inspect']);
  });

  it('lets an ordinary start through', () => {
    expect(start(['node', 'launch.js', '--shell=browser', '--config=/etc/hall-kiosk/hall.json'], ['--enable-source-maps'], { NODE_OPTIONS: '' })).toEqual([]);
    expect(start(['electron', 'main.js', '--inspector-note', '--debugger'])).toEqual([]);
  });
});
