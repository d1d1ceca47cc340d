import type { TicketContext, TicketMessage } from '../escalation/model';
import { joinThread } from './join-thread';
import type { Json } from './json';
import { missingOf, type TicketFields } from './missing';
import { API_TIMEOUT_MS, type FetchLike, type HelpdeskReader, type HelpdeskSite } from './types';

export interface ApiContext {
  ticketId: string;
  url: URL;
  doc: Document;
  // GET of a same-origin path or URL with the agent's session; rejects on a non-2xx answer, another
  // origin, or after the shared timeout.
  get(pathOrUrl: string, headers?: Record<string, string>): Promise<Json>;
}

// The ticket as its API gives it. `oldest`, in place of the thread: the messages an API listed from the start
// when its pages ran out with no count of the rest; the newest the page shows are joined to them.
export type ApiFields = TicketFields & { oldest?: TicketMessage[] };

export interface ReaderParts {
  // Resolves with the ticket from the helpdesk's own API, or rejects (any rejection falls back to DOM).
  api?: (ctx: ApiContext) => Promise<ApiFields>;
  dom: (doc: Document, ticketId: string, url: URL, now?: Date) => TicketFields;
}

async function fromApi(
  api: NonNullable<ReaderParts['api']>,
  doc: Document,
  url: URL,
  ticketId: string,
  fetchFn: FetchLike,
): Promise<ApiFields> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), API_TIMEOUT_MS);
  const get = async (pathOrUrl: string, headers: Record<string, string> = {}): Promise<Json> => {
    const target = new URL(pathOrUrl, url.origin);
    if (target.origin !== url.origin) throw new Error('cross-origin API URL refused');
    const res = await fetchFn(target.href, {
      signal: ctrl.signal,
      credentials: 'include',
      headers: { Accept: 'application/json', ...headers },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
  const timeout = new Promise<never>((_, reject) =>
    ctrl.signal.addEventListener('abort', () => reject(new Error('API timeout'))),
  );
  try {
    return await Promise.race([api({ ticketId, url, doc, get }), timeout]);
  } finally {
    clearTimeout(timer);
    ctrl.abort();
  }
}

// The API's fields, with those it left empty taken from the page's read of the same ticket. The page's cut
// notice comes only with the page's thread: it says nothing of the API's.
function withGaps(api: TicketFields, page: TicketFields): TicketFields {
  if (page.ticketId !== api.ticketId) return api;
  const gaps = Object.fromEntries(
    Object.entries(page).filter(([k, v]) => {
      const own = (api as Record<string, unknown>)[k === 'truncated' ? 'messages' : k];
      return v !== undefined && (own === undefined || (Array.isArray(own) && own.length === 0));
    }),
  );
  return { ...api, ...gaps };
}

// API first (when the helpdesk has one and a fetch is given), the page second; a reader never throws
// to the panel and never invents a field: it lists what it could not read.
export function defineReader(site: HelpdeskSite, parts: ReaderParts): HelpdeskReader {
  return {
    site,
    async read(doc, url, fetchFn, now): Promise<TicketContext> {
      const base = { helpdesk: site.id, url: url.href };
      const ticketId = site.ticketIn(url)?.ticketId;
      if (!ticketId) return { ...base, source: 'dom', missing: missingOf({}) };
      const fromPage = (): TicketFields => {
        try {
          return parts.dom(doc, ticketId, url, now);
        } catch {
          return { ticketId };
        }
      };
      if (parts.api && fetchFn) {
        try {
          const { oldest, ...t } = await fromApi(parts.api, doc, url, ticketId, fetchFn);
          if (t.ticketId === ticketId) {
            // What the API does not give (Zoho's tags, an SLA time only the page shows, the newest messages of
            // a thread it listed from the start only) comes from the page.
            const page = oldest || missingOf(t).length ? fromPage() : undefined;
            const read = oldest ? { ...t, ...joinThread(oldest, page?.messages ?? []) } : t;
            const filled = page ? withGaps(read, page) : read;
            return { ...base, ...filled, source: 'api', missing: missingOf(filled) };
          }
        } catch {
          // 401/403, timeout, odd JSON: what the page shows is the answer.
        }
      }
      const t = fromPage();
      return { ...base, ...t, source: 'dom', missing: missingOf(t) };
    },
  };
}
