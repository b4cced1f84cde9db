import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { buttonClass, type ButtonVariant } from './button';

interface ButtonLinkProps extends ComponentProps<typeof Link> {
  variant?: ButtonVariant;
  className?: string;
}

/** A link that looks like a button: for going somewhere, where a button would do something. */
export function ButtonLink({ variant, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
