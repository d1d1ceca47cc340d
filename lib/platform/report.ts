// The worker has no page to show an error on; its console (chrome://extensions, "service worker") does.
export const reportError = (what: string) => (error: unknown) => console.error(`Escalation Brief: ${what}`, error);
