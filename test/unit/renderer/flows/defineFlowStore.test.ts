import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, shallowRef } from 'vue';
import { defineFlowStore } from '../../../../renderer/flows/shared/defineFlowStore';
import { useSessionStore } from '../../../../renderer/stores/session';
import { endSessionPrompts } from '../../../../renderer/voice';

vi.mock('../../../../renderer/bridge', () => ({ kiosk: { session: { end: vi.fn(async () => undefined) } } }));
// The prompt player listens for the next touch on the page's window, which this test has none of.
vi.mock('../../../../renderer/voice', () => ({ endSessionPrompts: vi.fn() }));

const useDraftStore = defineFlowStore('test.draft', () => ({
  step: ref<'first' | 'second'>('first'),
  name: ref(''),
  tags: ref<string[]>([]),
  identity: shallowRef<{ idNumber: string } | null>(null),
}));

beforeEach(() => setActivePinia(createPinia()));

describe('a flow store defined from its initial state', () => {
  it('reset() puts every field back to a fresh copy of the initial state', () => {
    const store = useDraftStore();
    store.step = 'second';
    store.name = 'Zhang Wei';
    store.tags.push('a');
    store.identity = { idNumber: '110105199003071239' };
    store.reset();
    expect(store.$state).toEqual({ step: 'first', name: '', tags: [], identity: null });
    store.tags.push('b');
    store.reset();
    expect(store.tags).toEqual([]);
  });

  it('the end of the session wipes it', async () => {
    const store = useDraftStore();
    store.name = 'Li Xiuying';
    await useSessionStore().end('finished');
    expect(store.name).toBe('');
    expect(endSessionPrompts).toHaveBeenCalled();
  });

  it('holds values handed to main whole as plain objects, not reactive proxies', () => {
    const store = useDraftStore();
    const identity = { idNumber: '220102196002152427' };
    store.identity = identity;
    expect(store.identity).toBe(identity);
  });
});
