import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../../main/bridge/eventHub';
import { silentLogger } from '../../../../main/services/log/logger';
import { residentCardRead } from '../services/flows/cardSupport';

describe('a card read with many appended addresses', () => {
  it('reaches the page: 58 entries, as many as one reader reply holds, pass the contract', () => {
    const read = residentCardRead({ name: '王芳', idNumber: '110101199003077777', validFrom: '2020-01-01', validUntil: '2040-01-01', longTerm: false }, 'r-1');
    if (read.card.kind !== 'resident') throw new Error('resident card expected');
    read.card.appendedAddresses = Array.from({ length: 58 }, (_, i) => `北京市东城区测试胡同${i + 1}号`);
    const hub = new EventHub(silentLogger);
    const delivered: unknown[] = [];
    hub.attach((name, payload) => delivered.push({ name, payload }));
    hub.emit('reader.card', read);
    expect(delivered).toEqual([{ name: 'reader.card', payload: read }]);
  });
});
