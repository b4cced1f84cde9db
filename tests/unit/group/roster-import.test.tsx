import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RosterImport } from '@/features/group/roster-import';
import { setupI18n } from '../render';

beforeAll(async () => {
  await setupI18n('sv');
});

describe('importing a roster', () => {
  it('reads pasted lines, keeps the text, and names each line it could not read', async () => {
    const user = userEvent.setup();
    const onRoster = vi.fn();
    render(<RosterImport identifiedBy="email" current={0} onRoster={onRoster} />);
    const field = screen.getByLabelText('Klistra in deltagarlistan');
    await user.click(field);
    await user.paste('Namn;E-post\nAnna Berg;anna@x.se\nBo Ek;\nAnna B;ANNA@x.se');
    await user.click(screen.getByRole('button', { name: 'Läs in listan' }));

    await vi.waitFor(() =>
      expect(onRoster).toHaveBeenCalledWith([
        { name: 'Anna Berg', email: 'anna@x.se', identifier: 'anna@x.se' },
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 person läst. Första raden var rubriker.',
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Rad 3 (”Bo Ek”): e-postadressen eller anställningsnumret saknas.',
      'Rad 4 (”Anna B ANNA@x.se”): samma person finns två gånger. Personen står redan på rad 2.',
    ]);
    expect(field).toHaveValue('Namn;E-post\nAnna Berg;anna@x.se\nBo Ek;\nAnna B;ANNA@x.se');
  });

  it('folds the form away when a roster is kept, and opens it on request', async () => {
    const user = userEvent.setup();
    render(<RosterImport identifiedBy="email" current={25} onRoster={vi.fn()} />);
    expect(screen.getByText('Deltagarlistan har 25 personer.')).toBeVisible();
    expect(screen.getByLabelText('Klistra in deltagarlistan')).not.toBeVisible();
    await user.click(screen.getByText('Läs in en ny deltagarlista'));
    expect(screen.getByLabelText('Klistra in deltagarlistan')).toBeVisible();
  });

  it('shows the form open while there is no roster', () => {
    render(<RosterImport identifiedBy="email" current={0} onRoster={vi.fn()} />);
    expect(screen.getByLabelText('Klistra in deltagarlistan')).toBeVisible();
  });

  it('reads a CSV file', async () => {
    const user = userEvent.setup();
    const onRoster = vi.fn();
    render(<RosterImport identifiedBy="employee-number" current={3} onRoster={onRoster} />);
    expect(screen.getByText('Deltagarlistan har 3 personer.')).toBeInTheDocument();
    const file = new File(['\uFEFFNamn;Anställningsnummer\r\nKim Lind;="0012"\r\n'], 'hr.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Eller välj en fil (CSV eller text)'), file);
    await vi.waitFor(() =>
      expect(onRoster).toHaveBeenCalledWith([{ name: 'Kim Lind', identifier: '0012' }]),
    );
  });
});
