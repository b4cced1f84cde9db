import { act, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '@/features/read-aloud/read-aloud';
import { BLOCK_CLASS } from '@/features/read-aloud/highlight';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';
import { stubSpeech, voice } from './speech-stub';

function Page() {
  const region = useRef<HTMLDivElement>(null);
  return (
    <>
      <h1>Lektion</h1>
      <ReadAloud region={region} />
      <div ref={region}>
        <h2>Gåvor</h2>
        <p>En gåva kan vara en muta. Fråga din chef.</p>
        <ul>
          <li>
            <label>
              <input type="radio" name="q" /> Tacka nej
            </label>
          </li>
        </ul>
        <p aria-hidden="true">Dekor</p>
      </div>
    </>
  );
}

beforeAll(() => setupI18n('sv'));
beforeEach(() => useAppStore.setState(emptyState('sv')));
afterEach(() => vi.unstubAllGlobals());

async function openReader() {
  const view = renderWithRouter(<Page />);
  await view.user.click(screen.getByRole('button', { name: 'Lyssna' }));
  return view;
}

describe('read-aloud', () => {
  it('is off until the learner presses Lyssna, then queues one utterance per sentence in order', async () => {
    const speech = stubSpeech([voice('Daniel', 'en-GB'), voice('Alva', 'sv-SE')]);
    const view = renderWithRouter(<Page />);
    expect(speech.spoken).toEqual([]);
    await view.user.click(screen.getByRole('button', { name: 'Lyssna' }));
    await screen.findByRole('button', { name: 'Pausa' });
    expect(speech.spoken.map((u) => u.text)).toEqual([
      'Gåvor',
      'En gåva kan vara en muta.',
      'Fråga din chef.',
      'Tacka nej',
    ]);
    expect(speech.spoken.every((u) => u.lang === 'sv-SE' && u.rate === 1)).toBe(true);
    expect(speech.spoken.every((u) => u.voice?.name === 'Alva')).toBe(true);
    expect(screen.getByRole('button', { name: 'Pausa' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Läser upp.');
  });

  it('marks the block of the sentence being read, and clears the mark at the end', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    act(() => speech.finishCurrent());
    act(() => speech.startNext());
    expect(screen.getByText(/En gåva kan vara/)).toHaveClass(BLOCK_CLASS);
    act(() => {
      for (let i = 0; i < 3; i++) speech.finishCurrent();
    });
    expect(document.querySelector(`.${BLOCK_CLASS}`)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Uppläsningen är klar.');
    expect(screen.getByRole('button', { name: 'Läs upp igen' })).toBeInTheDocument();
  });

  it('pauses and resumes, and says so politely', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    const { user } = await openReader();
    await user.click(await screen.findByRole('button', { name: 'Pausa' }));
    expect(speech.log).toContain('pause');
    expect(screen.getByRole('status')).toHaveTextContent('Uppläsningen är pausad.');
    expect(screen.getByRole('button', { name: 'Fortsätt' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(speech.log.at(-1)).toBe('resume');
    expect(screen.getByRole('status')).toHaveTextContent('Läser upp.');
  });

  it('goes on from the sentence being read at the new speed, and remembers the speed', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    const { user } = await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    act(() => speech.finishCurrent());
    act(() => speech.startNext());
    await user.selectOptions(screen.getByLabelText('Hastighet'), '1.5');
    expect(useAppStore.getState().settings.readAloudRate).toBe(1.5);
    expect(speech.queued()).toEqual(['En gåva kan vara en muta.', 'Fråga din chef.', 'Tacka nej']);
    expect(speech.spoken.slice(-3).every((u) => u.rate === 1.5)).toBe(true);
  });

  it('reads with the speed remembered from before', async () => {
    useAppStore.getState().setReadAloud({ rate: 0.75 });
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    expect(speech.spoken.every((u) => u.rate === 0.75)).toBe(true);
  });

  it('lets the learner choose among several voices for the language', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE'), voice('Oskar', 'sv-SE')]);
    const { user } = await openReader();
    await user.selectOptions(await screen.findByLabelText('Röst'), 'urn:Oskar');
    expect(useAppStore.getState().settings.readAloudVoice).toBe('urn:Oskar');
    expect(speech.spoken.at(-1)?.voice?.name).toBe('Oskar');
  });

  it('offers no voice list when there is only one voice', async () => {
    stubSpeech([voice('Alva', 'sv-SE')]);
    await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    expect(screen.queryByLabelText('Röst')).toBeNull();
  });

  it('stops and closes on "Sluta lyssna", giving focus back to Lyssna', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    const { user } = await openReader();
    await user.click(await screen.findByRole('button', { name: 'Sluta lyssna' }));
    expect(speech.log.at(-1)).toBe('cancel');
    expect(speech.queued()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Lyssna' })).toHaveFocus();
  });

  it('says plainly when the device has no voice for the language, and reads nothing', async () => {
    const speech = stubSpeech([voice('Daniel', 'en-GB')]);
    await openReader();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Din enhet har ingen röst för svenska',
    );
    expect(speech.spoken).toEqual([]);
    expect(screen.getByRole('button', { name: 'Stäng' })).toHaveFocus();
  });

  it('says plainly when the browser has no speech synthesis', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    await openReader();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Din webbläsare kan inte läsa upp text.',
    );
  });

  it('stops speaking when the page goes away', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE')]);
    const { unmount } = await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    speech.log.length = 0;
    unmount();
    expect(speech.log).toContain('cancel');
    expect(speech.queued()).toEqual([]);
  });

  it('stops speaking and closes when the learner switches language', async () => {
    const speech = stubSpeech([voice('Alva', 'sv-SE'), voice('Daniel', 'en-GB')]);
    await openReader();
    await screen.findByRole('button', { name: 'Pausa' });
    speech.log.length = 0;
    act(() => useAppStore.getState().setLanguage('en'));
    await waitFor(() => expect(speech.log).toContain('cancel'));
    expect(screen.queryByRole('group')).toBeNull();
  });
});
