import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/lib/paths';
import { CertificateNavItem } from './certificate-nav-item';
import { ErrorBoundary } from './error-boundary';
import { Footer } from './footer';
import { LanguageSwitch } from './language-switch';
import { StorageNotices } from './storage-notices';

const focusMain = (event: React.MouseEvent) => {
  // A real #fragment would be read by the hash router as a route.
  event.preventDefault();
  document.getElementById('main')?.focus();
};

const navItem = (item: { to: string; label: string; end?: boolean }) => (
  <li key={item.to}>
    <NavLink to={item.to} end={item.end}>
      {item.label}
    </NavLink>
  </li>
);

export function Layout() {
  const { t } = useTranslation('common');
  // The certificate, once earned, comes after the learner's results.
  const courseNav = [
    { to: paths.home(), label: t('nav.course'), end: true },
    { to: paths.progress(), label: t('nav.progress') },
  ];
  const toolsNav = [
    { to: paths.practice(), label: t('nav.practice') },
    { to: paths.selfCheck(), label: t('nav.selfCheck') },
    // The LMS packages leave the trainer's pages out (routes.tsx).
    ...(import.meta.env.MODE === 'scorm' ? [] : [{ to: paths.trainer(), label: t('nav.trainer') }]),
  ];
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home()} className="brand">
            <span aria-hidden="true" className="brand__mark">
              ✓
            </span>
            {t('appName')}
          </Link>
          <LanguageSwitch />
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {courseNav.map(navItem)}
              {/* It needs the course's content, which loads after the shell. */}
              <ErrorBoundary fallback={null}>
                <Suspense fallback={null}>
                  <CertificateNavItem />
                </Suspense>
              </ErrorBoundary>
              {toolsNav.map(navItem)}
            </ul>
          </nav>
        </div>
      </header>
      <StorageNotices />
      <main id="main" tabIndex={-1} className="site-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <ErrorBoundary fallback={null}>
        <Suspense fallback={null}>
          <Footer />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
