import type { BrowserContext, Page } from 'playwright-core';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  readerId: string;
  userDataDir: string;
}
export declare const EXTENSION_DIR: string;
export declare const CHROMIUM: string;
export declare function browserArgs(hostResolverRule: string): string[];
export declare function launch(hostResolverRule: string, userDataDir?: string): Promise<Harness>;
export declare function close(h: Harness, keepProfile?: boolean): Promise<void>;
export declare function tabIdFor(h: Harness, url: string): Promise<number>;
export declare function clearExtensionStorage(h: Harness): Promise<void>;
export declare function openTicket(h: Harness, url: string): Promise<{ page: Page; tabId: number }>;
export declare function openPanel(h: Harness, tabId: number): Promise<Page>;
export declare function readClipboard(h: Harness): Promise<{ ok: boolean; text: string; html: string }>;
export interface SidePanel {
  /** Date.now() just before the click. */
  clickedAt: number;
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls an expression in the panel until it is truthy, and returns it. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Closes the side panel and waits until it is gone. */
  close(): Promise<void>;
}
export declare function clickToolbarButton(h: Harness, page: Page): Promise<SidePanel>;
