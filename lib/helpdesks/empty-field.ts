// What a helpdesk page shows in a field left empty ("-", "—", "n/a", "None"): nothing was read, so the
// field is listed as not read rather than taken as the organization or the requester.
const PLACEHOLDER = /^(?:[-‐‑‒–—―]+|n\/?a|none|\(none\)|null|not set)$/i;

export const filled = (text: string | undefined): string | undefined =>
  text && PLACEHOLDER.test(text) ? undefined : text;
