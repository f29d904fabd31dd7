/**
 * The editor's control in the top bar: nothing when the server takes no
 * writes; "Logg inn som redaktør" (asks for the token in a small dialog)
 * until the token is given; then "Logg ut". `children` are shown only to a
 * logged-in editor (for example "Legg til dokumenter").
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.ts';
import { useAdmin } from './admin-context.ts';
import './admin.css';

export function AdminControl({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const admin = useAdmin();
  const [asking, setAsking] = useState(false);
  if (!admin.writesEnabled) return null;
  if (admin.authenticated) {
    return (
      <div className="admin-control" data-testid="admin-control">
        {children}
        <button type="button" className="toggle-button" onClick={admin.logout} data-testid="admin-logout">
          {t('admin.logout')}
        </button>
      </div>
    );
  }
  return (
    <div className="admin-control" data-testid="admin-control">
      <button type="button" className="toggle-button" onClick={() => setAsking(true)} data-testid="admin-login">
        {t('admin.login')}
      </button>
      {asking && <LoginDialog onClose={() => setAsking(false)} />}
    </div>
  );
}

function LoginDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const admin = useAdmin();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token.trim()) return;
    setBusy(true);
    setWrong(false);
    const ok = await admin.login(token);
    setBusy(false);
    if (ok) onClose();
    else {
      setWrong(true);
      input.current?.select();
    }
  };

  return (
    <div className="doc-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form className="admin-dialog" role="dialog" aria-modal="true" aria-labelledby="admin-login-title" onSubmit={submit} data-testid="admin-login-dialog">
        <h2 id="admin-login-title">{t('admin.login')}</h2>
        <p className="admin-hint">{t('admin.loginHint')}</p>
        <label className="admin-field">
          <span>{t('admin.token')}</span>
          <input
            ref={input}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={wrong}
            aria-describedby={wrong ? 'admin-login-error' : undefined}
            data-testid="admin-token"
          />
        </label>
        {wrong && (
          <p id="admin-login-error" className="error" role="alert">
            {t('admin.tokenWrong')}
          </p>
        )}
        <div className="admin-actions">
          <button type="button" className="toggle-button" onClick={onClose}>
            {t('admin.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy || !token.trim()} data-testid="admin-login-submit">
            {busy ? t('admin.checking') : t('admin.loginSubmit')}
          </button>
        </div>
      </form>
    </div>
  );
}
