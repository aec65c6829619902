import { type ReactNode, useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useAccountLanguage } from '../features/account/useAccountLanguage';
import { graphql } from '../gql';
import { type Lang, languages, useI18n } from '../i18n';
import { Link, useLocation } from '../router';
import { useSession } from '../session';
import type { Viewer } from '../viewer';

const UnreadBadgeQuery = graphql(`
  query UnreadBadgeCount {
    unreadCount
  }
`);

const UnreadBadgeSubscription = graphql(`
  subscription UnreadBadge {
    unreadCountChanged { count companyId }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * The avatar with the live unread count. The count is a query that the subscription's events write
 * into (cache.ts), so a resync, which refetches queries, corrects it too.
 */
export function AvatarBadge({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  useSubscription({ query: UnreadBadgeSubscription });
  const [{ data }] = useQuery({ query: UnreadBadgeQuery });
  const known = data?.unreadCount !== undefined;
  const count = data?.unreadCount ?? 0;
  const initials = viewer.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <span className="avatar" title={viewer.name}>
      <span aria-hidden="true">{initials}</span>
      {/*
       * A polite live region, made once the count is known: the first value is there when it
       * appears (nothing is announced on loading), each later change is read out whole. Nothing
       * is shown for 0.
       */}
      {known && (
        <span
          className={count ? 'badge' : 'visually-hidden'}
          role="status"
          aria-live="polite"
          aria-atomic="true"
          data-testid="unread-live"
        >
          <span aria-hidden="true" data-testid="unread-badge">
            {count || null}
          </span>
          <span className="visually-hidden">
            {count ? t('shell.unread', { count }) : t('shell.noUnread')}
          </span>
        </span>
      )}
    </span>
  );
}

/**
 * The top bar and the page. On a phone the bar is one row (menu button, name, avatar): the
 * navigation, language, account and logout open from the menu button.
 */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const { t, lang } = useI18n();
  const changeLanguage = useAccountLanguage(viewer);
  const { logout } = useSession();
  const { pathname } = useLocation();
  const [, revoke] = useMutation(LogoutMutation);
  const [menuOpen, setMenuOpen] = useState(false);
  // Any navigation closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not an input
  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [menuOpen]);
  const links =
    viewer.role === 'CLIENT'
      ? [{ to: '/messages', label: t('nav.messages') }]
      : [
          { to: '/companies', label: t('nav.companies') },
          { to: '/inbox', label: t('nav.inbox') },
          { to: '/sent', label: t('nav.sent') },
          ...(viewer.role === 'OFFICE_HEAD' ? [{ to: '/settings', label: t('nav.settings') }] : []),
          // The playground is for people who build on the API: the office's staff.
          { to: '/graphiql', label: t('nav.playground') },
        ];
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar" data-testid="topbar">
        <button
          type="button"
          className="menu-toggle"
          data-testid="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="topbar-menu"
          aria-label={t('shell.menu')}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">{menuOpen ? '\u2715' : '\u2630'}</span>
        </button>
        <span className="brand">{t('app.name')}</span>
        <div className={menuOpen ? 'topbar-menu open' : 'topbar-menu'} id="topbar-menu">
          <nav aria-label={t('nav.main')}>
            {links.map((link) => (
              <Link
                key={link.to}
                to={link.to}
                aria-current={pathname.startsWith(link.to) ? 'page' : undefined}
              >
                {link.label}
              </Link>
            ))}
          </nav>
          <span className="spacer" />
          <label className="lang">
            <span className="visually-hidden">{t('shell.language')}</span>
            <select
              value={lang}
              onChange={(e) => changeLanguage(e.target.value as Lang)}
              aria-label={t('shell.language')}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <Link
            to="/account"
            className="account-link"
            aria-current={pathname === '/account' ? 'page' : undefined}
          >
            {t('account.nav')}
          </Link>
          <span className="who">{viewer.office?.name ?? viewer.companies[0]?.name}</span>
          <button
            type="button"
            onClick={async () => {
              await revoke({});
              logout();
            }}
          >
            {t('shell.logout')}
          </button>
        </div>
        <AvatarBadge viewer={viewer} />
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
