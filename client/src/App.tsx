import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { Provider, useQuery } from 'urql';
import { AccountPage } from './features/account/AccountPage';
import { ForgotPasswordPage } from './features/account/ForgotPasswordPage';
import { InvitationPage } from './features/account/InvitationPage';
import { ResetPasswordPage } from './features/account/ResetPasswordPage';
import { SignUpPage } from './features/account/SignUpPage';
import { AlertPreferencesPage } from './features/alerts/AlertPreferencesPage';
import { LoginPage } from './features/auth/LoginPage';
import { ClientHome } from './features/client-home/ClientHome';
import { CompanyListPage } from './features/companies/CompanyListPage';
import { CompanyPage } from './features/crm/CompanyPage';
import { FileDownloadPage } from './features/files/FileDownloadPage';
import { InboxPage } from './features/inbox/InboxPage';
import { BroadcastReportPage } from './features/sent/BroadcastReportPage';
import { SentListPage } from './features/sent/SentListPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { ThreadPage } from './features/thread/ThreadPage';
import { matchPath, navigate, type PathParams, useLocation } from './router';
import { loginPath, useSession } from './session';
import { AppShell } from './ui/AppShell';
import { ErrorState, Loading, NotFound } from './ui/states';
import { createApiClient } from './urql';
import { MeDocument, startPage, type Viewer } from './viewer';

const PlaygroundPage = lazy(() => import('./features/playground/PlaygroundPage'));

type Role = Viewer['role'];

interface Route {
  matches(pathname: string): boolean;
  /** Who may open it; the rest are sent to their start page. */
  roles?: Role[];
  render(pathname: string, viewer: Viewer): ReactNode;
}

/** A page at a pattern, rendered with the pattern's params (`{ id }` for `/companies/:id`). */
function route<P extends string>(
  pattern: P,
  roles: Role[] | undefined,
  render: (params: PathParams<P>, viewer: Viewer) => ReactNode,
): Route {
  return {
    roles,
    matches: (pathname) => matchPath(pattern, pathname) !== null,
    render: (pathname, viewer) => {
      const params = matchPath(pattern, pathname);
      return params && render(params, viewer);
    },
  };
}

const staff: Role[] = ['OFFICE_HEAD', 'CARETAKER'];

const routes: Route[] = [
  route('/companies', staff, (_p, viewer) => <CompanyListPage viewer={viewer} />),
  route('/companies/:id', staff, ({ id }) => <CompanyPage companyId={id} />),
  route('/inbox', staff, () => <InboxPage />),
  route('/inbox/:companyId', staff, ({ companyId }, viewer) => (
    <ThreadPage companyId={companyId} viewer={viewer} />
  )),
  route('/sent', staff, (_p, viewer) => <SentListPage viewer={viewer} />),
  route('/sent/:id', staff, ({ id }) => <BroadcastReportPage broadcastId={id} />),
  route('/settings', ['OFFICE_HEAD'], (_p, viewer) => <SettingsPage viewer={viewer} />),
  route('/messages', ['CLIENT'], (_p, viewer) => <ClientHome viewer={viewer} />),
  route('/messages/:companyId', ['CLIENT'], ({ companyId }, viewer) => (
    <ThreadPage companyId={companyId} viewer={viewer} />
  )),
  route('/files/:id', undefined, ({ id }) => <FileDownloadPage fileId={id} />),
  route('/account', undefined, (_p, viewer) => <AccountPage viewer={viewer} />),
];

/** Pages without a login; the links mailed out (invitation, reset) open logged in too. */
const publicPages: Record<string, { page: () => ReactNode; loggedIn: boolean }> = {
  '/signup': { page: () => <SignUpPage />, loggedIn: false },
  '/forgot-password': { page: () => <ForgotPasswordPage />, loggedIn: false },
  '/invitation': { page: () => <InvitationPage />, loggedIn: true },
  '/reset-password': { page: () => <ResetPasswordPage />, loggedIn: true },
  '/alerts/preferences': { page: () => <AlertPreferencesPage />, loggedIn: true },
};

function Routes() {
  const { pathname } = useLocation();
  const { expire } = useSession();
  const [me] = useQuery({ query: MeDocument });
  const viewer = me.data?.me;
  const expired = !!me.data && !viewer;
  // The token no longer names a session (expired, revoked): log in again, then come back here.
  useEffect(() => {
    if (expired) expire();
  }, [expired, expire]);
  if (me.fetching && !me.data) return <Loading />;
  if (me.error && !me.data) return <ErrorState error={me.error} />;
  if (!viewer) return <Loading />;
  for (const route of routes) {
    if (!route.matches(pathname)) continue;
    if (route.roles && !route.roles.includes(viewer.role)) break;
    return <AppShell viewer={viewer}>{route.render(pathname, viewer)}</AppShell>;
  }
  if (pathname === '/' || routes.some((r) => r.matches(pathname))) {
    navigate(startPage(viewer), { replace: true });
    return <Loading />;
  }
  return (
    <AppShell viewer={viewer}>
      <NotFound back={{ to: startPage(viewer), label: 'error.notFound.home' }} />
    </AppShell>
  );
}

export function App() {
  const { token, expire } = useSession();
  const { pathname } = useLocation();
  // A new client (and socket) per login, so no data of one session survives into the next.
  const api = useMemo(() => createApiClient(token, expire), [token, expire]);
  const open = publicPages[pathname];
  let page: ReactNode;
  if (open && (open.loggedIn || !token)) {
    page = open.page();
  } else if (open) {
    // Logged in already: no sign-up or reset request, just the start page.
    navigate('/', { replace: true });
    page = <Loading />;
  } else if (pathname === '/graphiql') {
    page = (
      <Suspense fallback={<Loading />}>
        <PlaygroundPage token={token} />
      </Suspense>
    );
  } else if (pathname === '/login' || !token) {
    if (pathname !== '/login') navigate(loginPath(), { replace: true });
    page = <LoginPage />;
  } else {
    page = <Routes />;
  }
  return (
    <Provider value={api.urql} key={token ?? 'anonymous'}>
      {page}
    </Provider>
  );
}
