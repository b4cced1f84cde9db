import type { ComponentProps } from 'react';

/** How a button looks: `primary` for the one main action, `secondary` beside it, `danger` for what cannot be undone; none for an ordinary outlined button. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** The class names of a button (`button button--primary`), for a button or a link that looks like one. */
export function buttonClass(variant?: ButtonVariant, className?: string) {
  return ['button', variant && `button--${variant}`, className].filter(Boolean).join(' ');
}

interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
}

/** A button in the course's style. It is `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
