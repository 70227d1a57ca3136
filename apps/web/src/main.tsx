import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { trafficQuery } from './api/queries.ts';
import { App, createQueryClient } from './app.tsx';
import { viewFromLink } from './view/view-state.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// A shared link names its view: fetch its traffic now rather than after the device list.
const queryClient = createQueryClient();
const linked = viewFromLink(window.location.search);
if (linked) {
  queryClient
    .query(
      trafficQuery({
        mac: linked.device,
        from: linked.from,
        to: linked.to,
        granularity: linked.granularity,
        businessHours: linked.businessHours,
      }),
    )
    // A failure shows when the dashboard asks for the same query; nothing to do here.
    .catch(() => undefined);
}

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
