import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedCases from 'virtual:seed-cases';
import { App } from './app.tsx';
import { createDashboardStore } from './store/dashboard-store.ts';
import { DashboardStoreProvider } from './store/store-context.tsx';
import { parseViewQuery, syncStoreWithUrl } from './store/url-sync.ts';
import './styles.css';

// A shared link wins: the view comes from the URL, and the URL follows the view from then on.
const { caseId, view } = parseViewQuery(window.location.search);
const store = createDashboardStore(seedCases, caseId, view);
syncStoreWithUrl(store, window);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <DashboardStoreProvider value={store}>
      <App />
    </DashboardStoreProvider>
  </StrictMode>,
);
