import { expect, test } from 'vitest';
import { ReasonList } from '../../components/Recommendation';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: "fromTicket" is the "from ticket" mark.
test('a reason read from the ticket is heard with a space before "from ticket" and its evidence', async () => {
  const host = await mount(
    <ReasonList
      label="Reasons"
      reasons={[
        {
          criterion: 'data-loss',
          category: 'technical',
          text: { en: 'Data corruption or loss', 'zh-CN': '数据损坏或丢失' },
          evidence: '“our data is gone”',
          source: 'ticket',
        },
      ]}
    />,
  );
  expect(host.querySelector('li')?.textContent).toBe('Technical Data corruption or loss fromTicket “our data is gone”');
});
