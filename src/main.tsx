import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedCases from 'virtual:seed-cases';
import { App } from './app.tsx';
import { createDashboardStore } from './store/dashboard-store.ts';
import { DashboardStoreProvider } from './store/store-context.tsx';
import './styles.css';

const caseId = new URLSearchParams(window.location.search).get('case') ?? undefined;
const store = createDashboardStore(seedCases, caseId);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <DashboardStoreProvider value={store}>
      <App />
    </DashboardStoreProvider>
  </StrictMode>,
);
