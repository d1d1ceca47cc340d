import { expect, test } from 'vitest';
import { customerSide } from '../../lib/helpdesks/customer-side';

const requester = { name: 'Dana Whitfield', email: 'dana@acme.example' };

test('a colleague on CC writing from the requester’s domain is on the customer’s side', () => {
  const raj = { name: 'Raj Patel', email: 'raj@acme.example' };
  const agent = { name: 'Sam Rivera', email: 'sam@support.example' };
  const isCustomer = customerSide(requester, [requester, raj, agent]);
  expect([requester, raj, agent].map(isCustomer)).toEqual([true, true, false]);
});
