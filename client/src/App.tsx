import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { Provider, useQuery } from 'urql';
import { LoginPage } from './features/auth/LoginPage';
import { ClientHome } from './features/client-home/ClientHome';
import { CompanyListPage } from './features/companies/CompanyListPage';
import { CompanyPage } from './features/crm/CompanyPage';
import { FileDownloadPage } from './features/files/FileDownloadPage';
import { InboxPage } from './features/inbox/InboxPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { ThreadPage } from './features/thread/ThreadPage';
import { useI18n } from './i18n';
import { matchPath, navigate, useLocation } from './router';
import { loginPath, useSession } from './session';
import { AppShell } from './ui/AppShell';
import { ErrorState, Loading } from './ui/states';
import { createApiClient } from './urql';
import { MeDocument, startPage, type Viewer } from './viewer';

const PlaygroundPage = lazy(() => import('./features/playground/PlaygroundPage'));

interface Route {
  pattern: string;
  /** Who may open it; the rest are sent to their start page. */
  roles?: Array<Viewer['role']>;
  render(params: Record<string, string>, viewer: Viewer): ReactNode;
}

const staff: Array<Viewer['role']> = ['OFFICE_HEAD', 'CARETAKER'];

const routes: Route[] = [
  {
    pattern: '/companies',
    roles: staff,
    render: (_p, viewer) => <CompanyListPage viewer={viewer} />,
  },
  { pattern: '/companies/:id', roles: staff, render: ({ id }) => <CompanyPage companyId={id} /> },
  { pattern: '/inbox', roles: staff, render: () => <InboxPage /> },
  {
    pattern: '/inbox/:companyId',
    roles: staff,
    render: ({ companyId }, viewer) => <ThreadPage companyId={companyId} viewer={viewer} />,
  },
  {
    pattern: '/settings',
    roles: ['OFFICE_HEAD'],
    render: (_p, viewer) => <SettingsPage viewer={viewer} />,
  },
  {
    pattern: '/messages',
    roles: ['CLIENT'],
    render: (_p, viewer) => <ClientHome viewer={viewer} />,
  },
  {
    pattern: '/messages/:companyId',
    roles: ['CLIENT'],
    render: ({ companyId }, viewer) => <ThreadPage companyId={companyId} viewer={viewer} />,
  },
  { pattern: '/files/:id', render: ({ id }) => <FileDownloadPage fileId={id} /> },
];

function Routes() {
  const { pathname } = useLocation();
  const { t } = useI18n();
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
    const params = matchPath(route.pattern, pathname);
    if (!params) continue;
    if (route.roles && !route.roles.includes(viewer.role)) break;
    return <AppShell viewer={viewer}>{route.render(params, viewer)}</AppShell>;
  }
  if (pathname === '/' || routes.some((r) => matchPath(r.pattern, pathname))) {
    navigate(startPage(viewer), { replace: true });
    return <Loading />;
  }
  return (
    <AppShell viewer={viewer}>
      <p role="status">{t('common.notFound')}</p>
    </AppShell>
  );
}

export function App() {
  const { token, expire } = useSession();
  const { pathname } = useLocation();
  // A new client (and socket) per login, so no data of one session survives into the next.
  const api = useMemo(() => createApiClient(token, expire), [token, expire]);
  let page: ReactNode;
  if (pathname === '/graphiql') {
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
