/** Entry point: mounts the explorer with the API client. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/index.ts';
import { App } from './app/App.tsx';
import { AdminProvider } from './admin/index.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AdminProvider>
        <App api={createApiClient()} />
      </AdminProvider>
    </StrictMode>,
  );
}
