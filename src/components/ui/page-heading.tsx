import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';

let firstRender = true;

interface PageHeadingProps {
  children: ReactNode;
  /** The document title; defaults to the heading's text when that is a string. */
  title?: string;
}

/**
 * The page's one h1. It sets the document title and takes focus after each
 * navigation, so a screen reader announces the new page (not on first load,
 * where focus stays at the top of the document for the skip link).
 */
export function PageHeading({ children, title }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  usePageTitle(title ?? (typeof children === 'string' ? children : ''));

  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, [location.pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
