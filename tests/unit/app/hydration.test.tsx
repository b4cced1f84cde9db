import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { matchPageRoute, preloadPage } from '@/app/routes';
import { StaticHashRouter } from '@/app/static-hash-router';
import { loadCatalogue } from '@/lib/content';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';
import { setupI18n } from '../render';

beforeAll(async () => {
  installCourse(sameInEveryLanguage(catalogue));
  await setupI18n('sv');
  await Promise.all([preloadPage(matchPageRoute('/')!), loadCatalogue('sv')]);
});

describe('the prerendered start page', () => {
  // React's development build checks attributes too (links, classes, aria), which the production
  // build in the end-to-end tests does not.
  it('hydrates in the browser with not one difference from the build-time render', async () => {
    useAppStore.setState(emptyState('sv'));
    window.location.hash = '#/';
    const html = renderToString(<App router={StaticHashRouter} />);
    expect(html).not.toMatch(/<!--\$[?!]-->/);
    const root = document.createElement('div');
    root.innerHTML = html;
    document.body.append(root);
    const heading = root.querySelector('h1');
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(root, <App />, { onRecoverableError: recoverable });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    // The very node the browser painted is the one the app now owns.
    expect(root.querySelector('h1')).toBe(heading);
    expect(root.querySelector('a[href="#/progress"]')).not.toBeNull();
    root.remove();
  });
});
