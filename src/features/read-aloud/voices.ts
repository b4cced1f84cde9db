/** Choosing the device's voices for the page's language. */

/** A voice's language tag in one form: `sv_SE` and `sv-se` both read as `sv-SE`. */
function normalise(lang: string) {
  const [language = '', region] = lang.replace('_', '-').split('-');
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}

/**
 * The device's own voices that speak `locale` (e.g. `sv-SE`): those of exactly that locale first,
 * then those of the same language elsewhere (`sv-FI`), each group with the device's default first.
 * Voices the browser runs on a server (`localService: false`, such as Chrome's online voices) are
 * left out: they would send the page's text away, and the course promises that nothing leaves the
 * device. None when the device has no voice of its own for the language.
 */
export function voicesFor(voices: readonly SpeechSynthesisVoice[], locale: string) {
  const wanted = normalise(locale);
  const language = wanted.split('-')[0];
  const rank = (voice: SpeechSynthesisVoice) =>
    (normalise(voice.lang) === wanted ? 0 : 2) + (voice.default ? 0 : 1);
  return voices
    .filter((voice) => voice.localService && normalise(voice.lang).split('-')[0] === language)
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * The device's voices once it has listed them. Some browsers list none until `voiceschanged`
 * fires, so this waits for that event, at most `waitMs`, before taking an empty list as final.
 */
export function loadVoices(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}
