import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/app/language-switch';
import { LANGUAGES, type LanguageInfo } from '@/config/languages';
import { emptyState } from '@/store/persisted-fields';
import { useAppStore } from '@/store/store';
import { renderWithRouter, setupI18n } from '../render';

beforeEach(async () => {
  await setupI18n('sv');
  useAppStore.setState(emptyState('sv'));
});

describe('the language switch', () => {
  it('is one button naming the other language when the course has two', async () => {
    const { user } = renderWithRouter(<LanguageSwitch />);
    const button = screen.getByRole('button', { name: 'In English' });
    expect(button).toHaveAttribute('lang', 'en');
    await user.click(button);
    expect(useAppStore.getState().settings.language).toBe('en');
  });

  it('becomes a labelled menu of every language, each in its own name, once there are more', async () => {
    const third: LanguageInfo = { code: 'ar', locale: 'ar', label: 'العربية', dir: 'rtl' };
    const { user } = renderWithRouter(<LanguageSwitch languages={[...LANGUAGES, third]} />);
    const menu = screen.getByRole('combobox', { name: 'Språk' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Svenska',
      'English',
      'العربية',
    ]);
    expect(screen.getByRole('option', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
    await user.selectOptions(menu, 'en');
    expect(useAppStore.getState().settings.language).toBe('en');
  });
});
