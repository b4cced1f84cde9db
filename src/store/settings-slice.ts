/** The learner's own settings: language and the name on their certificate. */
import type { StateCreator } from 'zustand';
import type { Language } from '@/config/languages';
import { withoutHiddenCharacters } from '@/lib/plain-text';
import type { Settings } from './schema';
import type { AppState } from './store';

export interface SettingsSlice {
  settings: Settings;
  setLanguage: (language: Language) => void;
  /**
   * Stores the name as typed (trimmed, at most 120 characters, without bidirectional
   * controls or invisible characters); it never leaves the device.
   */
  setLearnerName: (name: string) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: { language: 'sv', learnerName: '', updatedAt: 0 },
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
});
