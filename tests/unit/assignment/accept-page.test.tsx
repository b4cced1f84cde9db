import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import AcceptPage from '@/app/routes/accept-page';
import { encodeAssignment } from '@/features/assignment/assignment-link';
import { serialize } from '@/store/load-persisted';
import { STORAGE_KEY } from '@/store/safe-storage';
import { useAppStore } from '@/store/store';
import { v1State } from '../progress/fixtures';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

const draft = {
  title: 'Grundkurs hösten 2026',
  organisation: 'Kommunen',
  contact: 'hr@kommunen.se',
  modules: ['what-is-corruption', 'bribery-and-the-law'],
  passMark: 0.9,
  due: '2026-12-18',
  policyUrl: 'https://kommunen.se/policy',
};

/** Every key and value in local storage, to compare byte for byte. */
function storageSnapshot() {
  const entries: [string, string | null][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    entries.push([key, localStorage.getItem(key)]);
  }
  return JSON.stringify(entries.sort());
}

function renderAt(code: string) {
  return renderWithRouter(
    <Routes>
      <Route path="/a/:code" element={<AcceptPage />} />
      <Route path="/assignments" element={<p>my assignments page</p>} />
    </Routes>,
    { route: `/a/${code}` },
  );
}

beforeAll(async () => {
  await setupI18n('sv');
});

beforeEach(async () => {
  // A learner with saved progress, loaded from storage as on a real start.
  localStorage.setItem(STORAGE_KEY, serialize(v1State()));
  localStorage.setItem('unrelated', 'kept as it is');
  await useAppStore.persist.rehydrate();
});

describe('the accept page', () => {
  it('refuses a tampered link in plain words and leaves local storage byte for byte unchanged', async () => {
    const code = await encodeAssignment(draft);
    const tampered = code.slice(0, 12) + (code[12] === 'x' ? 'y' : 'x') + code.slice(13);
    const before = storageSnapshot();
    const stateBefore = JSON.stringify(useAppStore.getState());

    renderAt(tampered);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Länken fungerar inte' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Länken har ändrats efter att den skapades/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Acceptera uppdraget' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storageSnapshot()).toBe(before);
    expect(JSON.stringify(useAppStore.getState())).toBe(stateBefore);
  });

  it('says when a link is cut short', async () => {
    const code = await encodeAssignment(draft);
    renderAt(code.slice(0, 25));
    expect(await screen.findByText(/Länken är inte komplett/)).toBeInTheDocument();
  });

  it('shows a valid assignment, and accepting it saves it and goes to my assignments', async () => {
    const code = await encodeAssignment(draft);
    const before = storageSnapshot();
    const { user } = renderAt(code);

    expect(await screen.findByRole('heading', { level: 2, name: draft.title })).toBeInTheDocument();
    expect(screen.getByText('18 december 2026')).toBeInTheDocument();
    expect(
      screen.getByText((text) => text.replace(/\s/g, ' ') === '90 % rätt på varje dels quiz'),
    ).toBeInTheDocument();
    expect(screen.getByText('Vad är korruption?')).toBeInTheDocument();
    expect(screen.getByText('Mutbrott och lagen')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Organisationens policy mot korruption/ }),
    ).toHaveAttribute('href', draft.policyUrl);
    expect(storageSnapshot()).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Acceptera uppdraget' }));

    expect(screen.getByText('my assignments page')).toBeInTheDocument();
    const saved = Object.values(useAppStore.getState().assignments);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ ...draft, id: `link-${code.slice(-7)}` });
    expect(storageSnapshot()).not.toBe(before);
  });

  it('says so when the assignment is already accepted', async () => {
    const code = await encodeAssignment(draft);
    useAppStore
      .getState()
      .acceptAssignment({ ...draft, id: `link-${code.slice(-7)}`, acceptedAt: 1 });
    renderAt(code);
    expect(
      await screen.findByText('Du har redan accepterat det här uppdraget.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acceptera uppdraget' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Till mina uppdrag' })).toHaveAttribute(
      'href',
      '/assignments',
    );
  });

  it('asks for the e-mail address the assignment identifies learners by, and keeps it normalised', async () => {
    const code = await encodeAssignment({ ...draft, identifiedBy: 'email' });
    const { user } = renderAt(code);
    expect(
      await screen.findByText('Din e-postadress, som kommer med i kvittot'),
    ).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Din e-postadress' });
    expect(field).toHaveAttribute('type', 'email');
    expect(field).toHaveAttribute('autocomplete', 'email');
    expect(field).toHaveAccessibleDescription(
      'Den kommer bara med i kvittot som du själv skickar.',
    );

    await user.click(screen.getByRole('button', { name: 'Acceptera uppdraget' }));
    expect(field).toHaveFocus();
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/^Skriv din e-postadress\./);
    expect(useAppStore.getState().assignments).toEqual({});

    await user.type(field, 'kim@');
    await user.click(screen.getByRole('button', { name: 'Acceptera uppdraget' }));
    expect(field).toHaveAccessibleDescription(/^Skriv en hel e-postadress/);
    expect(field).toHaveFocus();

    await user.clear(field);
    await user.type(field, '  Kim.Lind@Kommunen.SE ');
    await user.click(screen.getByRole('button', { name: 'Acceptera uppdraget' }));
    expect(screen.getByText('my assignments page')).toBeInTheDocument();
    const [saved] = Object.values(useAppStore.getState().assignments);
    expect(saved).toMatchObject({ identifiedBy: 'email', learnerId: 'kim.lind@kommunen.se' });
  });

  it('asks for an employee number in plain text, and none for a link of names only', async () => {
    const code = await encodeAssignment({ ...draft, identifiedBy: 'employee-number' });
    const { user, unmount } = renderAt(code);
    const field = await screen.findByRole('textbox', { name: 'Ditt anställningsnummer' });
    expect(field).toHaveAttribute('type', 'text');
    await user.type(field, 'ab 1234');
    await user.click(screen.getByRole('button', { name: 'Acceptera uppdraget' }));
    expect(Object.values(useAppStore.getState().assignments)[0]?.learnerId).toBe('AB1234');
    unmount();

    renderAt(await encodeAssignment({ ...draft, title: 'Bara namn' }));
    await screen.findByRole('heading', { level: 2, name: 'Bara namn' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Bara ditt namn')).toBeInTheDocument();
  });
});
