/**
 * Whether a new version of the app is waiting, and the function that applies it.
 * Set by the service worker registration (offline.ts); read by the update notice.
 */
import { create } from 'zustand';

interface UpdateStatus {
  /** Activates the waiting version and reloads; set when one is waiting. */
  applyUpdate: (() => void) | null;
}

export const useUpdateStatus = create<UpdateStatus>()(() => ({
  applyUpdate: null,
  offlineReady: false,
}));
