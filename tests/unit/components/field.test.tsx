import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from '@/components/ui/field';

describe('Field', () => {
  it('ties the hint to its control', () => {
    render(
      <Field id="name" label="Namn" hint="Som på intyget.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Namn' });
    expect(input).toHaveAccessibleDescription('Som på intyget.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('reads the error first and marks the control invalid', () => {
    render(
      <Field id="title" label="Titel" hint="Kort." error="Skriv en titel.">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Titel' });
    expect(input).toHaveAccessibleDescription('Skriv en titel. Kort.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.closest('.field')).toHaveClass('field field--invalid', { exact: true });
  });
});
