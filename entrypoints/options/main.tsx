import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../sidepanel/style.css';
import './options.css';

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
