import '@utrecht/component-library-css';
import './theme/tokens.css';
import './app/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { i18n } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html: missing element "#root" to render the app into.');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>,
);
