import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PromptManifest } from '../../../../renderer/voice/promptManifest';
import { cutsShort, PromptPlayer, type PromptKind } from '../../../../renderer/voice/promptPlayer';

class FakeAudio extends EventTarget {
  dataset: Record<string, string> = {};
  volume = 1;
  paused = true;
  constructor(
    readonly src: string,
    private readonly log: FakeAudio[],
    private readonly refuse: boolean,
  ) {
    super();
  }
  play(): Promise<void> {
    if (this.refuse) return Promise.reject(new Error('NotAllowedError'));
    this.paused = false;
    this.log.push(this);
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
  end(): void {
    this.paused = true;
    this.dispatchEvent(new Event('ended'));
  }
}

const zh: PromptManifest = {
  locale: 'zh-CN',
  prompts: {
    'face.turnLeft': { text: '请缓慢向左转头', status: 'audio', file: 'face.turnLeft.ogg', source: 'synthesised' },
    'face.turnRight': { text: '请缓慢向右转头', status: 'audio', file: 'face.turnRight.ogg', source: 'synthesised' },
    'face.nod': { text: '请缓慢点头', status: 'audio', file: 'face.nod.ogg', source: 'recorded' },
    'face.failed': { text: '人脸采集未通过，请联系窗口工作人员', status: 'audio', file: 'face.failed.ogg', source: 'synthesised' },
    'voice.idleWarning': { text: '您还在吗？', status: 'audio', file: 'voice.idleWarning.ogg', source: 'synthesised' },
    'voice.count.n9': { text: '九', status: 'audio', file: 'voice.count.n9.ogg', source: 'synthesised' },
    'person.register.headings.face': { text: '人脸验证', status: 'audio', file: 'person.register.headings.face.ogg', source: 'synthesised' },
  },
};
const ug: PromptManifest = { locale: 'ug', prompts: { 'face.nod': { text: 'بېشىڭىزنى ئاستا لىڭشىتىڭ', status: 'caption-only' } } };

function setUp(options: { refuse?: (src: string) => boolean; speech?: SpeechSynthesis } = {}) {
  const played: FakeAudio[] = [];
  const player = new PromptPlayer({
    loadManifest: (locale) => Promise.resolve(locale === 'zh-CN' ? zh : locale === 'ug' ? ug : undefined),
    createAudio: (url) => new FakeAudio(url, played, options.refuse?.(url) ?? false) as unknown as HTMLAudioElement,
    speech: () => options.speech,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const last = () => played.at(-1) as FakeAudio;
  return { player, played, settle, last };
}

afterEach(() => vi.unstubAllGlobals());

describe('PromptPlayer', () => {
  it("plays the pack's file at the hall's volume, one prompt at a time, keeping only the newest waiting one", async () => {
    const { player, played, settle, last } = setUp();
    player.settings = { volume: 0.4, systemVoice: true };
    player.say({ id: 'person.register.headings.face', text: '人脸验证', locale: 'zh-CN' });
    await settle();
    player.say({ id: 'face.turnLeft', text: '请缓慢向左转头', locale: 'zh-CN' });
    player.say({ id: 'face.nod', text: '请缓慢点头', locale: 'zh-CN' });
    await settle();
    expect(played.map((a) => a.src)).toEqual(['/audio/zh-CN/person.register.headings.face.ogg']);
    expect(last().volume).toBe(0.4);
    last().end();
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['person.register.headings.face', 'face.nod']);
  });

  it('finds a prompt by its caption when the caller has no id, and interrupts for a new screen', async () => {
    const { player, played, settle } = setUp();
    player.say({ id: 'face.nod', text: '请缓慢点头', locale: 'zh-CN' });
    await settle();
    player.say({ text: '人脸验证', locale: 'zh-CN' }, 'heading');
    await settle();
    await settle();
    expect(played[0]?.paused).toBe(true);
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.nod', 'person.register.headings.face']);
  });

  it('chimes for a caption-only prompt when the machine has no voice for the language', async () => {
    const { player, played, settle } = setUp();
    player.say({ id: 'face.nod', text: 'بېشىڭىزنى ئاستا لىڭشىتىڭ', locale: 'ug' });
    await settle();
    expect(played.map((a) => [a.src, a.dataset.promptId])).toEqual([['/audio/chime.ogg', 'face.nod']]);
  });

  it('uses a local system voice before the chime, unless the hall turned that off', async () => {
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown;
        lang = '';
        rate = 1;
        volume = 1;
        constructor(readonly text: string) {}
      },
    );
    const spoken: string[] = [];
    const speech = {
      getVoices: () => [{ lang: 'ug-CN', localService: true }],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => undefined,
    } as unknown as SpeechSynthesis;
    const { player, played, settle } = setUp({ speech });
    player.say({ id: 'face.nod', text: 'بېشىڭىزنى ئاستا لىڭشىتىڭ', locale: 'ug' });
    await settle();
    expect(spoken).toEqual(['بېشىڭىزنى ئاستا لىڭشىتىڭ']);
    expect(played).toEqual([]);

    player.stop();
    player.settings = { volume: 1, systemVoice: false };
    player.say({ id: 'face.nod', text: 'بېشىڭىزنى ئاستا لىڭشىتىڭ', locale: 'ug' });
    await settle();
    expect(spoken).toHaveLength(1);
    expect(played.map((a) => a.src)).toEqual(['/audio/chime.ogg']);
  });

  it('falls back to the chime when the file cannot play', async () => {
    const { player, played, settle } = setUp({ refuse: (src) => src.endsWith('face.nod.ogg') });
    player.say({ id: 'face.nod', text: '请缓慢点头', locale: 'zh-CN' });
    await settle();
    await settle();
    expect(played.map((a) => a.src)).toEqual(['/audio/chime.ogg']);
  });

  it('after stop() nothing plays: not the prompt playing, not one waiting, not one still loading', async () => {
    const { player, played, settle, last } = setUp();
    player.say({ id: 'face.nod', text: '请缓慢点头', locale: 'zh-CN' });
    await settle();
    player.say({ id: 'face.turnLeft', text: '请缓慢向左转头', locale: 'zh-CN' });
    player.stop();
    expect(last().paused).toBe(true);
    last().end();
    await settle();
    await settle();
    expect(played).toHaveLength(1);
  });

  const heading = { id: 'person.register.headings.face', text: '人脸验证', locale: 'zh-CN' } as const;
  const turnLeft = { id: 'face.turnLeft', text: '请缓慢向左转头', locale: 'zh-CN' } as const;
  const turnRight = { id: 'face.turnRight', text: '请缓慢向右转头', locale: 'zh-CN' } as const;
  const failed = { id: 'face.failed', text: '人脸采集未通过，请联系窗口工作人员', locale: 'zh-CN' } as const;
  const warning = { id: 'voice.idleWarning', text: '您还在吗？', locale: 'zh-CN' } as const;
  const nine = { id: 'voice.count.n9', text: '九', locale: 'zh-CN' } as const;

  it('a live instruction cuts short the heading still playing: each instruction is heard while it is on screen', async () => {
    const { player, played, settle } = setUp();
    player.say(heading, 'heading');
    await settle();
    player.say(turnLeft, 'instruction');
    await settle();
    await settle();
    player.say(turnRight, 'instruction');
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['person.register.headings.face', 'face.turnLeft', 'face.turnRight']);
    // Never two at once: each one was silenced before the next started.
    expect(played.filter((a) => !a.paused).map((a) => a.dataset.promptId)).toEqual(['face.turnRight']);
  });

  it('a new heading cuts an instruction; an alert is cut by nothing but another heading or alert', async () => {
    const { player, played, settle, last } = setUp();
    player.say(turnLeft, 'instruction');
    await settle();
    player.say(heading, 'heading');
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.turnLeft', 'person.register.headings.face']);
    expect(played[0]?.paused).toBe(true);

    player.say(warning, 'alert');
    await settle();
    await settle();
    player.say(turnRight, 'instruction');
    player.say(nine);
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.turnLeft', 'person.register.headings.face', 'voice.idleWarning']);
    expect(last().paused).toBe(false);
    // The newest waiting prompt follows the warning.
    last().end();
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId).at(-1)).toBe('voice.count.n9');
  });

  it('a queued prompt waits for an instruction playing', async () => {
    const { player, played, settle, last } = setUp();
    player.say(turnLeft, 'instruction');
    await settle();
    player.say(nine);
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.turnLeft']);
    last().end();
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.turnLeft', 'voice.count.n9']);
  });

  it('the prompt already playing is not started over; said again as an alert, instructions no longer cut it', async () => {
    const { player, played, settle } = setUp();
    player.say(failed, 'instruction');
    await settle();
    player.say(failed, 'alert');
    await settle();
    player.say(turnLeft, 'instruction');
    await settle();
    await settle();
    expect(played.map((a) => a.dataset.promptId)).toEqual(['face.failed']);
    expect(played[0]?.paused).toBe(false);
  });

  it('who cuts whom', () => {
    const kinds: PromptKind[] = ['heading', 'alert', 'instruction', 'queued'];
    const table = Object.fromEntries(kinds.map((next) => [next, kinds.filter((playing) => cutsShort(next, playing))]));
    expect(table).toEqual({
      heading: kinds,
      alert: kinds,
      instruction: ['heading', 'instruction'],
      queued: [],
    });
  });

  it('says nothing while muted', async () => {
    const { player, played, settle } = setUp();
    player.muted = true;
    player.say({ id: 'face.nod', text: '请缓慢点头', locale: 'zh-CN' });
    await settle();
    expect(played).toEqual([]);
  });
});
