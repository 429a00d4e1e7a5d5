// Runs in: renderer. Entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import './i18n';
import './ui/styles.css';
import { App } from './app/App';

// The CSP forbids eval; tell zod up front instead of letting it probe.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
