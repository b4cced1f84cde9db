import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '@/app/update-notice';
import { useUpdateStatus } from '@/app/update-status';
import { renderWithRouter, setupI18n } from '../render';

beforeAll(() => setupI18n('sv'));

describe('UpdateNotice', () => {
  it('shows nothing while no new version is waiting', () => {
    useUpdateStatus.setState({ applyUpdate: null });
    renderWithRouter(<UpdateNotice />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a waiting version and applies it only when the learner asks', async () => {
    const applyUpdate = vi.fn();
    const { user } = renderWithRouter(<UpdateNotice />);
    act(() => useUpdateStatus.setState({ applyUpdate }));
    expect(screen.getByText('En ny version av Mutkollen finns.')).toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Uppdatera nu' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });
});
