import { expect, test } from 'vitest';
import { customerSide } from '../../lib/helpdesks/customer-side';

const requester = { name: 'Dana Whitfield', email: 'dana@acme.example' };

test('a colleague on CC writing from the requester’s domain is on the customer’s side', () => {
  const raj = { name: 'Raj Patel', email: 'raj@acme.example' };
  const agent = { name: 'Sam Rivera', email: 'sam@support.example' };
  const isCustomer = customerSide(requester, [requester, raj, agent]);
  expect([requester, raj, agent].map(isCustomer)).toEqual([true, true, false]);
});

// A company's own help desk: the agents write from the requester's domain, one of them shown by name only.
test('where every address shares the requester’s domain, only the requester is the customer', () => {
  const agent = { name: 'Sam Rivera', email: 'sam@acme.example' };
  const named = { name: 'Alex Kim' };
  const isCustomer = customerSide(requester, [requester, agent, named]);
  expect([requester, agent, named].map(isCustomer)).toEqual([true, false, false]);
});
