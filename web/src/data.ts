// Where the UI's data comes from: the JSON API of `dossier serve`, or the data embedded in a
// report file. Views ask for API paths either way and never know which.
import type { ReportData } from '../../src/api/types.js';
import { localApi } from './local.js';

export type Params = Record<string, string | undefined>;

export interface DataSource {
  readonly offline: boolean;
  get<T>(path: string, params?: Params): Promise<T>;
  /** Writes (corrections); absent in an offline report, which is a snapshot. */
  post?<T>(path: string, body: unknown): Promise<T>;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function query(params: Params = {}): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, v);
  const s = u.toString();
  return s ? `?${s}` : '';
}

function serverSource(): DataSource {
  return {
    offline: false,
    async get<T>(path: string, params?: Params): Promise<T> {
      const res = await fetch(`/api${path}${query(params)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      const body = await res.json().catch(() => ({ error: res.statusText }));
      if (!res.ok) throw new ApiError(res.status, (body as { error?: string }).error ?? res.statusText);
      return body as T;
    },
    async post<T>(path: string, payload: unknown): Promise<T> {
      // The custom header and JSON type are what the server asks of every write (CSRF guard).
      const res = await fetch(`/api${path}`, {
        method: 'POST', credentials: 'same-origin', body: JSON.stringify(payload),
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Dossier-Request': '1' },
      });
      const body = await res.json().catch(() => ({ error: res.statusText }));
      if (!res.ok) throw new ApiError(res.status, (body as { error?: string }).error ?? res.statusText);
      return body as T;
    },
  };
}

/** The report's embedded data, when this page is a report. */
export function embedded(): ReportData | null {
  const el = document.getElementById('dossier-data');
  if (!el || el.getAttribute('type') !== 'application/json') return null;
  return JSON.parse(el.textContent ?? 'null') as ReportData;
}

export function dataSource(): DataSource {
  const data = embedded();
  return data ? localApi(data) : serverSource();
}
