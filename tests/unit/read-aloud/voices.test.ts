import { describe, expect, it } from 'vitest';
import { voicesFor } from '@/features/read-aloud/voices';
import { voice } from './speech-stub';

describe('voicesFor', () => {
  const all = [
    voice('Daniel', 'en-GB'),
    voice('Alva', 'sv_SE'),
    voice('Samantha', 'en-US', true),
    voice('Satu', 'fi-FI'),
    voice('Klara', 'sv-FI'),
  ];

  it('offers the voices of the page language, the exact locale first', () => {
    expect(voicesFor(all, 'sv-SE').map((v) => v.name)).toEqual(['Alva', 'Klara']);
    expect(voicesFor(all, 'en-GB').map((v) => v.name)).toEqual(['Daniel', 'Samantha']);
  });

  it('leaves out voices that run on a server, so no text leaves the device', () => {
    const online = { ...voice('Google svenska', 'sv-SE'), localService: false };
    expect(voicesFor([online, voice('Alva', 'sv-SE')], 'sv-SE').map((v) => v.name)).toEqual([
      'Alva',
    ]);
    expect(voicesFor([online], 'sv-SE')).toEqual([]);
  });

  it('finds none when the device has no voice for the language', () => {
    expect(voicesFor([voice('Daniel', 'en-GB')], 'sv-SE')).toEqual([]);
  });
});
