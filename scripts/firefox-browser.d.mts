export declare const FIREFOX: string;
export declare const FIREFOX_EXTENSION_DIR: string;
export declare const EXTENSION_ORIGIN: string;
export interface Firefox {
  /** Loads a page in the current tab and waits for its load event. */
  goto(url: string): Promise<unknown>;
  /** Opens one of the extension's pages (e.g. "sidepanel.html?tab=3") in a new tab and switches to it. */
  openExtensionPage(path: string): Promise<string>;
  /** Runs a function body in the current tab's page and returns what it returns (awaited). */
  evaluate<T = unknown>(body: string): Promise<T>;
  /** Polls an expression in the current tab until it is truthy, and returns it. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Types into the element a selector finds, as key presses, after what it holds (or instead: clear). */
  type(selector: string, text: string, options?: { clear?: boolean }): Promise<void>;
  close(): Promise<void>;
}
export declare function launchFirefox(fixturePort: number): Promise<Firefox>;
