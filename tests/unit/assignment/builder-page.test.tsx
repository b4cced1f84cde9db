import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import BuilderPage from '@/app/routes/builder-page';
import { decodeAssignment } from '@/features/assignment/assignment-link';
import { renderWithRouter, setupI18n } from '../render';
import { installCourse, sameInEveryLanguage } from '../content-seam';
import { catalogue } from '../progress/fixtures';

beforeAll(() => installCourse(sameInEveryLanguage(catalogue)));

beforeAll(async () => {
  await setupI18n('sv');
});

describe('the assignment builder', () => {
  it('offers the core and each track as groups, a whole group at once or single modules', async () => {
    const { user } = renderWithRouter(<BuilderPage />, { route: '/trainer/assign' });
    const core = screen.getByRole('group', { name: 'Grunden, för alla' });
    const track = screen.getByRole('group', { name: 'Upphandling och avtal' });
    // Links name modules by id, so every track is offered, however many modules the course has.
    expect(screen.getByRole('group', { name: 'Fördjupning' })).toBeInTheDocument();

    const wholeCore = within(core).getByRole('checkbox', { name: 'Hela grunden (2 moduler)' });
    await user.click(wholeCore);
    expect(within(core).getByRole('checkbox', { name: 'Vad är korruption?' })).toBeChecked();
    expect(within(core).getByRole('checkbox', { name: 'Mutbrott och lagen' })).toBeChecked();
    expect(wholeCore).toBeChecked();

    await user.click(within(core).getByRole('checkbox', { name: 'Mutbrott och lagen' }));
    expect(wholeCore).not.toBeChecked();
    expect(wholeCore).toBePartiallyChecked();

    const wholeTrack = within(track).getByRole('checkbox', { name: 'Hela spåret (1 modul)' });
    await user.click(wholeTrack);
    expect(within(track).getByRole('checkbox', { name: 'Upphandlingens risker' })).toBeChecked();
    await user.click(wholeTrack);
    expect(
      within(track).getByRole('checkbox', { name: 'Upphandlingens risker' }),
    ).not.toBeChecked();
    expect(within(core).getByRole('checkbox', { name: 'Vad är korruption?' })).toBeChecked();
  });

  it('ties each error to its field and moves focus to the first one', async () => {
    const { user } = renderWithRouter(<BuilderPage />, { route: '/trainer/assign' });
    await user.type(
      screen.getByLabelText('Länk till er policy mot korruption (valfritt)'),
      'javascript:alert(1)',
    );
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Rätta 4 fel innan du skapar länken.');
    const title = screen.getByRole('textbox', { name: 'Uppdragets namn' });
    expect(title).toHaveFocus();
    expect(title).toBeInvalid();
    expect(title).toHaveAccessibleDescription(/Skriv uppdragets namn\./);
    expect(
      screen.getByRole('group', { name: 'Moduler som ska göras' }),
    ).toHaveAccessibleDescription(/Välj minst en modul\./);
    expect(
      screen.getByRole('textbox', { name: 'Länk till er policy mot korruption (valfritt)' }),
    ).toHaveAccessibleDescription(
      /Skriv en hel webbadress som börjar med https:\/\/ eller http:\/\//,
    );

    await user.click(within(summary).getByRole('button', { name: /^Moduler som ska göras/ }));
    expect(screen.getByRole('checkbox', { name: 'Vad är korruption?' })).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Länken till uppdraget' })).toBeNull();
  });

  it('makes a link that holds what was typed, with a QR code and a print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderWithRouter(<BuilderPage />, { route: '/trainer/assign' });
    await user.type(
      screen.getByRole('textbox', { name: 'Uppdragets namn' }),
      '  Hösten 2027 | grupp A ',
    );
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Kommunen');
    await user.click(screen.getByRole('checkbox', { name: 'Mutbrott och lagen' }));
    await user.clear(screen.getByRole('textbox', { name: 'Godkänd nivå i procent' }));
    await user.type(screen.getByRole('textbox', { name: 'Godkänd nivå i procent' }), '90');
    await user.type(screen.getByLabelText('Sista dag (valfritt)'), '2099-06-30');
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));

    const heading = await screen.findByRole('heading', { name: 'Länken till uppdraget' });
    expect(heading).toHaveFocus();
    const link = screen.getByRole('textbox', { name: 'Länk till uppdraget' }) as HTMLInputElement;
    expect(link).toHaveAttribute('readonly');
    const code = link.value.split('#/a/')[1]!;
    const decoded = await decodeAssignment(code);
    expect(decoded).toEqual({
      ok: true,
      assignment: {
        id: `link-${code.slice(-7)}`,
        title: 'Hösten 2027 | grupp A',
        organisation: 'Kommunen',
        contact: '',
        modules: ['bribery-and-the-law'],
        passMark: 0.9,
        due: '2099-06-30',
        identifiedBy: 'email',
      },
    });

    const qr = await screen.findByRole('img', {
      name: 'QR-kod som leder till uppdraget ”Hösten 2027 | grupp A”.',
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    await user.click(screen.getByRole('button', { name: 'Skriv ut utdelningsblad' }));
    expect(print).toHaveBeenCalledOnce();

    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), ' HR');
    expect(screen.queryByRole('textbox', { name: 'Länk till uppdraget' })).toBeNull();
    expect(
      screen.getByText('Du har ändrat i formuläret. Skapa en ny länk när du är klar.'),
    ).toBeInTheDocument();
  });

  it('copies the link, or selects it and says how to copy when the clipboard is refused', async () => {
    const { user } = renderWithRouter(<BuilderPage />, { route: '/trainer/assign' });
    await user.type(screen.getByRole('textbox', { name: 'Uppdragets namn' }), 'Kurs');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Kommunen');
    await user.click(screen.getByRole('button', { name: 'Välj alla' }));
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));
    const link = (await screen.findByRole('textbox', {
      name: 'Länk till uppdraget',
    })) as HTMLInputElement;

    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(await navigator.clipboard.readText()).toBe(link.value);
    expect(screen.getByText('Kopierat.')).toBeInTheDocument();

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(await screen.findByText(/Det gick inte att kopiera automatiskt/)).toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(link.selectionStart).toBe(0);
    expect(link.selectionEnd).toBe(link.value.length);
  });

  it('asks how learners are told apart, e-mail by default, and says so on the handout', async () => {
    const { user } = renderWithRouter(<BuilderPage />, { route: '/trainer/assign' });
    const group = screen.getByRole('group', { name: 'Hur känner du igen deltagarna?' });
    expect(within(group).getByRole('radio', { name: /^E-postadress/ })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Uppdragets namn' }), 'Kurs');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Kommunen');
    await user.click(screen.getByRole('checkbox', { name: 'Mutbrott och lagen' }));

    await user.click(within(group).getByRole('radio', { name: /^Anställningsnummer/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));
    let link = (await screen.findByRole('textbox', {
      name: 'Länk till uppdraget',
    })) as HTMLInputElement;
    let decoded = await decodeAssignment(link.value.split('#/a/')[1]);
    expect(decoded.ok && decoded.assignment.identifiedBy).toBe('employee-number');
    expect(
      screen.getAllByText('Ditt anställningsnummer, som kommer med i kvittot').length,
    ).toBeGreaterThan(0);

    await user.click(within(group).getByRole('radio', { name: /^Bara namn/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa länk' }));
    link = (await screen.findByRole('textbox', {
      name: 'Länk till uppdraget',
    })) as HTMLInputElement;
    decoded = await decodeAssignment(link.value.split('#/a/')[1]);
    expect(decoded.ok && 'identifiedBy' in decoded.assignment).toBe(false);
    expect(screen.getAllByText('Bara ditt namn').length).toBeGreaterThan(0);
  });
});
