/** Reads the session once on start and gives it to the explorer through AdminContext. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AdminContext, type AdminState } from './admin-context.ts';
import { fetchSession, login as sessionLogin, logout as sessionLogout, type SessionInfo } from './session.ts';

export function AdminProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<SessionInfo>({ writesEnabled: false, authenticated: false });
  const [checking, setChecking] = useState(true);

  const refresh = useCallback(async () => {
    const next = await fetchSession();
    // A kept token the server no longer takes is forgotten, so the editor is asked again.
    if (next.writesEnabled && !next.authenticated) sessionLogout();
    setInfo(next);
    setChecking(false);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (token: string) => {
    const next = await sessionLogin(token);
    setInfo(next);
    return next.authenticated;
  }, []);

  const logout = useCallback(() => {
    sessionLogout();
    setInfo((s) => ({ ...s, authenticated: false }));
  }, []);

  const value = useMemo<AdminState>(() => ({ ...info, checking, login, logout, refresh }), [info, checking, login, logout, refresh]);
  return <AdminContext.Provider value={value}>{children}</AdminContext.Provider>;
}
