export declare const HOST: string;
export declare const OTHER_HOST: string;
export declare const TICKETS: { main: number; hostile: number; long: number; huge: number };
export type ApiMode = 'ok' | 'forbidden' | 'garbage' | 'slow';
export interface CaseFile {
  helpdesk: string;
  hosts: string[];
  cases: { name: string; url: string; page: string; api?: Record<string, string> }[];
}
export declare function caseFiles(): CaseFile[];
export interface FixtureServer {
  port: number;
  state: { api: ApiMode; apiDelayMs: number; requests: { method: string; host: string; path: string }[] };
  hosts: string[];
  hostResolverRule: string;
  ticketUrl(id?: number): string;
  otherUrl(): string;
  close(): Promise<void>;
}
export declare function startFixtureServer(options?: {
  port?: number;
  api?: ApiMode;
  apiDelayMs?: number;
  pages?: Record<string, string>;
}): Promise<FixtureServer>;
