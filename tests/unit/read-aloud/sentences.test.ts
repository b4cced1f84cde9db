import { describe, expect, it } from 'vitest';
import { fallbackPieces, splitSentences } from '@/features/read-aloud/sentences';

describe('splitSentences', () => {
  it('splits Swedish text into sentences, with offsets into the text', () => {
    const text = 'En muta är en otillbörlig förmån. Vad gör du? Säg nej!';
    const sentences = splitSentences(text, 'sv-SE');
    expect(sentences.map((s) => s.text)).toEqual([
      'En muta är en otillbörlig förmån.',
      'Vad gör du?',
      'Säg nej!',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves out pieces with nothing to say', () => {
    expect(splitSentences('  …  ', 'sv-SE')).toEqual([]);
  });

  it('has a fallback for browsers without Intl.Segmenter that cuts at the end of a sentence', () => {
    const text = 'Han sa ”nej.” Sedan gick han! Och sen';
    expect(fallbackPieces(text).map((p) => p.text.trim())).toEqual([
      'Han sa ”nej.”',
      'Sedan gick han!',
      'Och sen',
    ]);
  });
});
