import { browser } from 'wxt/browser';
import { originPattern } from '../settings/domains';

// Must be called from a click handler: browsers only show the permission prompt on a user gesture.
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function removeOrigin(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(origin)] });
}

/** Whether this browser lets the extension read the site (a domain imported from another browser may not). */
export function hasOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}
