/**
 * The read-aloud controller for one page region: finds the device's voices for the language,
 * reads the region sentence by sentence from the moment it is called (the learner has asked
 * for it), highlights the sentence being read, and stops when the component goes away or the
 * region's text is replaced.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { readableSentences } from './blocks';
import { createHighlighter } from './highlight';
import { type Reader, type ReaderStatus, startReading } from './reader';
import { loadVoices, voicesFor } from './voices';

export type ReadAloudState = 'preparing' | 'unsupported' | 'no-voice' | ReaderStatus;

interface Options {
  /** The page's locale, e.g. `sv-SE`: the language every sentence is read in. */
  locale: string;
  rate: number;
  /** The voiceURI the learner chose before, if any. */
  voiceURI: string | undefined;
}

function speechSynthesisOf(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    'SpeechSynthesisUtterance' in window
    ? window.speechSynthesis
    : undefined;
}

export function useReadAloud(
  region: RefObject<Element | null>,
  { locale, rate, voiceURI }: Options,
) {
  const [synth] = useState(speechSynthesisOf);
  const [state, setState] = useState<ReadAloudState>(synth ? 'preparing' : 'unsupported');
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const reader = useRef<Reader | undefined>(undefined);
  const settings = useRef({ rate, voiceURI });
  // Read when reading starts; a change while reading goes through `change` instead.
  useEffect(() => {
    settings.current = { rate, voiceURI };
  }, [rate, voiceURI]);
  const [run, setRun] = useState(0);

  const voice = voices.find((v) => v.voiceURI === voiceURI) ?? voices[0];

  useEffect(() => {
    if (!synth) return;
    let live = true;
    void loadVoices(synth).then((all) => {
      if (!live) return;
      const matching = voicesFor(all, locale);
      setVoices(matching);
      if (matching.length === 0) setState('no-voice');
    });
    return () => {
      live = false;
    };
  }, [synth, locale]);

  useEffect(() => {
    const root = region.current;
    if (!synth || !root || voices.length === 0) return;
    const highlighter = createHighlighter();
    const sentences = readableSentences(root, locale);
    const chosen = voices.find((v) => v.voiceURI === settings.current.voiceURI) ?? voices[0];
    const current = startReading({
      synth,
      sentences,
      lang: locale,
      rate: settings.current.rate,
      voice: chosen,
      onStatus: setState,
      onSentence: highlighter.show,
    });
    reader.current = current;
    // The text being read replaced (the question answered, a choice made) or the region itself
    // swapped for another: what was queued no longer stands on the page, so reading stops.
    const observer = new MutationObserver(() => {
      if (sentences.some((s) => !s.block.isConnected)) current.stop();
    });
    observer.observe(root.ownerDocument.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      current.stop();
      highlighter.clear();
      reader.current = undefined;
    };
  }, [synth, region, locale, voices, run]);

  return {
    state,
    voices,
    voice,
    pause: () => reader.current?.pause(),
    resume: () => reader.current?.resume(),
    stop: () => reader.current?.stop(),
    /** Reads the region again from the start. */
    again: () => setRun((n) => n + 1),
    /** Goes on with another speed or voice from the sentence being read. */
    change: (next: { rate?: number; voice?: SpeechSynthesisVoice }) => {
      if (state === 'reading' || state === 'paused') reader.current?.change(next);
    },
  };
}
