/**
 * A stand-in for the browser's speechSynthesis that records what is queued and lets a test
 * play the queue: `startNext()` fires the next utterance's start, `finishCurrent()` its end.
 */
import { vi } from 'vitest';

export class FakeUtterance {
  lang = '';
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export function voice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: `urn:${name}`, default: isDefault, localService: true };
}

export function stubSpeech(voices: SpeechSynthesisVoice[]) {
  const log: string[] = [];
  const spoken: FakeUtterance[] = [];
  let queue: FakeUtterance[] = [];
  const synth = {
    getVoices: () => voices,
    speak: (u: FakeUtterance) => {
      spoken.push(u);
      queue.push(u);
    },
    cancel: () => {
      log.push('cancel');
      queue = [];
    },
    pause: () => log.push('pause'),
    resume: () => log.push('resume'),
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return {
    synth: synth as unknown as SpeechSynthesis,
    log,
    /** Every utterance ever queued, in order. */
    spoken,
    /** What is still waiting to be spoken. */
    queued: () => queue.map((u) => u.text),
    startNext: () => queue[0]?.onstart?.(),
    finishCurrent: () => {
      const u = queue.shift();
      u?.onend?.();
    },
  };
}
