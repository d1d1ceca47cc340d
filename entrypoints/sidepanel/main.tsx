import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBoot } from '../../components/boot';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { App } from '../../components/Panel';
import './base.css';

const tabParam = new URLSearchParams(location.search).get('tab');
const boundTabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
const boot = startBoot(boundTabId);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App boundTabId={boundTabId} boot={boot} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
