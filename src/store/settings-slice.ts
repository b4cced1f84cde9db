/** The learner's own settings: language, the name on their certificate and their role's tracks. */
import type { StateCreator } from 'zustand';
import type { Language } from '@/config/languages';
import { firstVisitLanguage } from '@/lib/browser-language';
import { withoutHiddenCharacters } from '@/lib/plain-text';
import { MAX_TRACKS, type Settings } from './schema';
import type { AppState } from './store';

export interface SettingsSlice {
  settings: Settings;
  setLanguage: (language: Language) => void;
  /**
   * Stores the name as typed (trimmed, at most 120 characters, without bidirectional
   * controls or invisible characters); it never leaves the device.
   */
  setLearnerName: (name: string) => void;
  /**
   * Stores the tracks the learner chose for their role, once each and in the order given
   * (at most MAX_TRACKS); an empty list means the core only. Ids are not checked against
   * the course here: callers offer only the course's tracks, and unknown ids are ignored
   * where the path is built.
   */
  setTracks: (trackIds: readonly string[]) => void;
  /**
   * Remembers how text is read aloud: the speed (kept within 0.5–2) and the device voice's
   * voiceURI. Fields left out are kept as they are.
   */
  setReadAloud: (choice: { rate?: number; voice?: string }) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  // A first visit follows the browser's language; a saved choice replaces this when it is read.
  settings: { language: firstVisitLanguage(), learnerName: '', updatedAt: 0 },
  setLanguage: (language) =>
    set((state) =>
      state.settings.language === language
        ? state
        : { settings: { ...state.settings, language, updatedAt: Date.now() } },
    ),
  setLearnerName: (name) =>
    set((state) => ({
      settings: {
        ...state.settings,
        learnerName: withoutHiddenCharacters(name).trim().slice(0, 120),
        updatedAt: Date.now(),
      },
    })),
  setTracks: (trackIds) =>
    set((state) => ({
      settings: {
        ...state.settings,
        tracks: [...new Set(trackIds)].slice(0, MAX_TRACKS),
        updatedAt: Date.now(),
      },
    })),
  setReadAloud: ({ rate, voice }) =>
    set((state) => ({
      settings: {
        ...state.settings,
        ...(rate === undefined ? {} : { readAloudRate: Math.min(2, Math.max(0.5, rate)) }),
        ...(voice ? { readAloudVoice: voice.slice(0, 300) } : {}),
        updatedAt: Date.now(),
      },
    })),
});
