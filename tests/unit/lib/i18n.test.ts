import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, pseudoKeys } from '@/lib/i18n';

describe('the pseudo-locale for development', () => {
  it('shows every translated string as its key, so untranslated text stands out', async () => {
    const i18n = createInstance().use(pseudoKeys);
    await i18n.init({
      lng: 'sv',
      resources: { sv: { common: { nav: { course: 'Kursen' } } } },
      defaultNS: 'common',
      postProcess: [pseudoKeys.name],
    });
    expect(i18n.t('nav.course')).toBe('[[nav.course]]');
  });
});

describe('formatters', () => {
  it('use the locale the language registry names', () => {
    expect(formatPercent(0.8, 'sv')).toBe('80\u00a0%');
    expect(formatPercent(0.8, 'en')).toBe('80%');
    expect(formatDate('2026-11-21', 'sv')).toBe('21 november 2026');
    expect(formatDate('2026-11-21', 'en')).toBe('21 November 2026');
  });
});
