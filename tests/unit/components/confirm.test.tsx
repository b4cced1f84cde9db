import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Confirm } from '@/components/ui/confirm';

const props = {
  action: 'Ta bort',
  question: 'Vill du ta bort det?',
  confirm: 'Ja, ta bort',
  cancel: 'Avbryt',
  className: 'notice',
};

describe('Confirm', () => {
  it('asks first, takes focus to the question and gives it back on cancel', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Confirm {...props} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    expect(screen.getByText('Vill du ta bort det?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Ta bort' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('with a question id, the box is a group named by the question, and confirm does it', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Confirm {...props} questionId="q" confirmVariant="danger" onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    expect(screen.getByRole('group', { name: 'Vill du ta bort det?' })).toHaveFocus();
    const yes = screen.getByRole('button', { name: 'Ja, ta bort' });
    expect(yes).toHaveClass('button button--danger', { exact: true });
    await user.click(yes);
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Ta bort' })).not.toHaveFocus();
  });
});
