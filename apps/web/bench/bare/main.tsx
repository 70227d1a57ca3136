// The baseline for the bundle budget: the smallest honest app on the same libraries as the product
// (React, TanStack Query, the Hono client, zod, recharts) that fetches one device's traffic through
// the typed client, parses it and draws one two-series chart.
// (dayjs is not in it: the dashboard formats with Intl, see docs/decisions/001-wall-times.md.)
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { hc } from 'hono/client';
import { createRoot } from 'react-dom/client';
import { Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { z } from 'zod';
import type { AppType } from '@footfall/server';

const client = hc<AppType>('/');
// The same view query as the dashboard's, so both can be timed on one range.
const view = new URLSearchParams(location.search);
const schema = z.object({
  buckets: z.array(
    z.object({ start: z.string(), walkIn: z.number(), walkOut: z.number().nullable() }),
  ),
});

function Chart() {
  const { data } = useQuery({
    queryKey: ['traffic'],
    queryFn: async () => {
      const response = await client.api.traffic.$get({
        query: {
          mac: view.get('device') ?? 'd47c44906f14',
          from: view.get('from') ?? '2023-03-27',
          to: view.get('to') ?? '2023-04-02',
        },
      });
      return schema.parse(await response.json());
    },
  });
  const points = (data?.buckets ?? []).map((b) => ({
    ...b,
    label: b.start.slice(11, 16),
  }));
  return (
    <LineChart width={800} height={300} data={points}>
      <XAxis dataKey="label" />
      <YAxis />
      <Tooltip />
      <Legend />
      <Line dataKey="walkIn" stroke="#2563eb" />
      <Line dataKey="walkOut" stroke="#f97316" />
    </LineChart>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <Chart />
    </QueryClientProvider>,
  );
}
