/**
 * Reads a list of sentences aloud with the browser's own speech synthesis: one utterance per
 * sentence, queued in order, so the sentence being spoken is always known. Nothing leaves the
 * page unless the device's chosen voice is itself a network voice (the browser's choice).
 */
import type { ReadableSentence } from './blocks';

export type ReaderStatus = 'reading' | 'paused' | 'stopped' | 'finished';

export interface ReaderOptions {
  synth: SpeechSynthesis;
  sentences: readonly ReadableSentence[];
  /** The language tag every utterance carries, e.g. `sv-SE`. */
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | undefined;
  onStatus: (status: ReaderStatus) => void;
  /** The sentence now spoken, or undefined when none is. */
  onSentence: (sentence: ReadableSentence | undefined) => void;
}

export interface Reader {
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Goes on from the sentence now spoken with another rate or voice. */
  change: (settings: { rate?: number; voice?: SpeechSynthesisVoice | undefined }) => void;
}

/** Starts reading `sentences` from the first; the returned reader controls it. */
export function startReading(options: ReaderOptions): Reader {
  const { synth, sentences, onStatus, onSentence } = options;
  let { rate, voice } = options;
  let current = 0;
  let paused = false;
  // Cancelling makes some browsers fire `end` on every queued utterance; a newer queue ignores them.
  let generation = 0;

  const speakFrom = (index: number) => {
    const mine = ++generation;
    synth.cancel();
    sentences.slice(index).forEach((sentence, i) => {
      const utterance = new SpeechSynthesisUtterance(sentence.text);
      utterance.lang = options.lang;
      utterance.rate = rate;
      if (voice) utterance.voice = voice;
      utterance.onstart = () => {
        if (mine !== generation) return;
        current = index + i;
        onSentence(sentence);
      };
      utterance.onend = () => {
        if (mine !== generation || index + i !== sentences.length - 1) return;
        finish('finished');
      };
      utterance.onerror = (event) => {
        if (mine !== generation || event.error === 'interrupted' || event.error === 'canceled') {
          return;
        }
        finish('stopped');
      };
      synth.speak(utterance);
    });
    // A browser that was paused stays paused across cancel(); the new queue should be heard.
    if (paused) synth.resume();
    paused = false;
    onStatus('reading');
  };

  const finish = (status: ReaderStatus) => {
    generation++;
    onSentence(undefined);
    onStatus(status);
  };

  if (sentences.length === 0) finish('finished');
  else speakFrom(0);

  return {
    pause: () => {
      paused = true;
      synth.pause();
      onStatus('paused');
    },
    resume: () => {
      paused = false;
      synth.resume();
      onStatus('reading');
    },
    stop: () => {
      generation++;
      synth.cancel();
      if (paused) synth.resume();
      paused = false;
      finish('stopped');
    },
    change: (settings) => {
      if ('rate' in settings && settings.rate !== undefined) rate = settings.rate;
      if ('voice' in settings) voice = settings.voice;
      speakFrom(current);
    },
  };
}
