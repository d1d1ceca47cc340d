// Changes to what several pages and the worker write take turns: the Web Locks API spans an extension's
// pages and its worker, so two changes made in the same moment (Log update in two panels, Snooze while an
// update is logged, the panel's language menu while the options page adds a domain) each read the other's
// write. Where it is missing, a change races as it did before.
const STORAGE_LOCK = 'escalation-records';

export function inTurn<T>(work: () => Promise<T>, name = STORAGE_LOCK): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: { request(name: string, cb: () => Promise<T>): Promise<T> } } })
    .navigator?.locks;
  return locks ? locks.request(name, work) : work();
}
