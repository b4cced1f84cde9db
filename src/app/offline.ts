/**
 * Registers the service worker that keeps the app and all course content for
 * offline use. A new version is never applied by itself: the learner is asked,
 * so nothing reloads in the middle of a quiz. Loaded after the first render, and
 * silent where service workers cannot run (file://, some LMS frames, old browsers).
 */
import { registerSW } from 'virtual:pwa-register';
import { useUpdateStatus } from './update-status';

export function registerOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  try {
    const update = registerSW({
      onNeedRefresh: () => useUpdateStatus.setState({ applyUpdate: () => void update(true) }),
      onRegisterError: () => undefined,
    });
  } catch {
    // No offline support here; the app works as before.
  }
}
