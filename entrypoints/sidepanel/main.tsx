import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startBoot } from '../../components/boot';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { App } from '../../components/Panel';
import { boundTab } from '../../lib/platform/first-read';
import './base.css';

const boundTabId = boundTab(location.search);
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
