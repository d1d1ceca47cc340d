import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../sidepanel/base.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <OptionsApp />
      </ErrorBoundary>
    </StrictMode>,
  );
}
