import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { navigate } from './router';

const TOKEN_KEY = 'ledgerpost.token';

interface Session {
  token: string | null;
  login(token: string): void;
  logout(): void;
  /** The server said the token is no longer valid: back to login, then to where the user was. */
  expire(): void;
}

const SessionContext = createContext<Session | null>(null);

export function loginPath(next = window.location.pathname + window.location.search): string {
  return next && next !== '/' && !next.startsWith('/login')
    ? `/login?next=${encodeURIComponent(next)}`
    : '/login';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(TOKEN_KEY));
  const login = useCallback((value: string) => {
    localStorage.setItem(TOKEN_KEY, value);
    setToken(value);
  }, []);
  const logout = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    setToken(null);
    navigate('/login', { replace: true });
  }, []);
  const expire = useCallback(() => {
    if (!localStorage.getItem(TOKEN_KEY)) return;
    localStorage.removeItem(TOKEN_KEY);
    setToken(null);
    navigate(loginPath(), { replace: true });
  }, []);
  const value = useMemo(() => ({ token, login, logout, expire }), [token, login, logout, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
