// A ticket address is opened: as the panel's link, and in a new tab by a reminder's click. Only a web page is
// one: a `javascript:` or `data:` address from a hand-edited import would run or show what the file says.
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
