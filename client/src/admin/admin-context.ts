/** The editor's session as React context: `useAdmin()` in any component. */
import { createContext, useContext } from 'react';

export interface AdminState {
  /** The server takes writes (it was started with SAMKART_ADMIN_TOKEN). */
  writesEnabled: boolean;
  /** The editor gave the right token this browser session. */
  authenticated: boolean;
  /** The session is still being asked for. */
  checking: boolean;
  /** Checks the token with the server and keeps it when right; resolves with whether it was. */
  login(token: string): Promise<boolean>;
  logout(): void;
  /** Asks the server again (after a 401: the server may have restarted with another token). */
  refresh(): Promise<void>;
}

export const AdminContext = createContext<AdminState>({
  writesEnabled: false,
  authenticated: false,
  checking: false,
  login: async () => false,
  logout: () => {},
  refresh: async () => {},
});

/** `{ writesEnabled, authenticated, login, logout }` of the explorer. */
export function useAdmin(): AdminState {
  return useContext(AdminContext);
}
