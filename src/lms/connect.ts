import { loadModule } from '@/lib/content';
import type { useAppStore } from '@/store/store';
import { findLmsApi, versionHint } from './find-api';
import { choiceResult } from './interactions';
import { loadCourseIndex } from './load-course-index';
import { startLmsSession } from './session';

/**
 * Connects the store to the LMS's SCORM API when one is found (SCORM build
 * only, see src/main.tsx). Without an LMS, or when anything here fails, it
 * does nothing: the app keeps its progress in local storage as always.
 */
export async function connectLms(store: typeof useAppStore): Promise<void> {
  try {
    const api = findLmsApi(window, versionHint(window.location.search));
    if (!api) return;
    const language = store.getState().settings.language;
    await startLmsSession({
      api,
      store,
      loadIndex: () => loadCourseIndex(language),
      // The module is on screen when a choice is made, so its content is already loaded.
      rateChoice: async (moduleId, scenarioId, stepId, choiceId) => {
        const module = await loadModule(moduleId, store.getState().settings.language);
        const step = module.scenarios
          .find((s) => s.id === scenarioId)
          ?.steps.find((s) => s.id === stepId);
        const choice = step?.choices.find((c) => c.id === choiceId);
        return step && choice ? choiceResult(step, choice) : undefined;
      },
    });
  } catch {
    // The course must start even if the LMS link cannot.
  }
}
