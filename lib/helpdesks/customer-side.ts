// Who wrote a message on the customer's side, on a page that names each writer but does not mark their
// side: the requester (by email when both show one, else by name: a teammate may share a name), and anyone
// writing from the requester's mail domain, such as a colleague on CC. The domain counts only when another
// writer of the thread's messages (notes left out) writes from outside it, as the support side does: where
// everyone writes from the requester's domain (a company's own help desk), it tells the sides apart not at all.
export interface Writer {
  name?: string;
  email?: string;
}

const domainOf = (w: Writer | undefined) => w?.email?.split('@')[1]?.toLowerCase();

export function customerSide(requester: Writer | undefined, writers: readonly Writer[]): (w: Writer) => boolean {
  const email = requester?.email?.toLowerCase();
  const isRequester = (w: Writer) =>
    email && w.email ? w.email.toLowerCase() === email : !!w.name && w.name === requester?.name;
  const domain = domainOf(requester);
  const apart = !!domain && writers.some((w) => !isRequester(w) && domainOf(w) !== domain);
  return (w) => isRequester(w) || (apart && domainOf(w) === domain);
}
