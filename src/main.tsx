import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { setupI18n } from './app/i18n';
import { NotebookProvider } from './features/notebook';
import { applyIdentity } from './safety/identity';
import { NotebookSession } from './vault';
import './ui/styles.css';

async function main() {
  applyIdentity();
  const root = document.getElementById('root');
  if (!root) return;
  const session = new NotebookSession();
  const [i18n] = await Promise.all([setupI18n(), session.start()]);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <NotebookProvider session={session}>
          <App />
        </NotebookProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void main();
