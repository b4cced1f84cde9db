import type { useAppStore } from '@/store/store';
import { findLmsApi, versionHint } from './find-api';
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
    await startLmsSession({ api, store, loadIndex: () => loadCourseIndex(language) });
  } catch {
    // The course must start even if the LMS link cannot.
  }
}
