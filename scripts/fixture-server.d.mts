export declare const HOST: string;
export declare const TICKETS: { main: number; hostile: number; long: number; huge: number };
export type ApiMode = 'ok' | 'forbidden' | 'garbage' | 'slow';
export interface FixtureServer {
  port: number;
  state: { api: ApiMode; requests: { method: string; host: string; path: string }[] };
  hostResolverRule: string;
  ticketUrl(id?: number): string;
  close(): Promise<void>;
}
export declare function startFixtureServer(options?: { port?: number; api?: ApiMode }): Promise<FixtureServer>;
