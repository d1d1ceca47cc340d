// A Help Scout conversation with `count` threads, in the markup lib/helpdesks/helpscout.ts reads, for the
// DOM-read benchmark. Same host and URL shape as test/fixtures/helpscout/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'Checkout still rejects the VAT number for our French and German entities; the renewal is due on Friday and ' +
  'the finance team cannot pay by card, so the account will lapse unless the order goes through this week. ';

function thread(i, type, name, text) {
  const at = new Date(Date.UTC(2026, 10, 1, 8) + i * 600_000).toISOString();
  const extra = type === 'customer' ? ' is-customer' : '';
  return `<li class="ThreadListItem-sc-1x2y3z-0"><div id="thread-${8000000 + i}" class="thread-item thread ${type}${extra}">
<div class="threadHeader"><span data-nocollapse="true">${esc(name)}</span><time datetime="${at}">${at}</time></div>
<div class="thread-content is-wide-layout"><p>${esc(text)}</p></div>
</div></li>`;
}

export function longTicket(count) {
  const id = '2615699999';
  const subject = `Long conversation with ${count} threads`;
  const threads = Array.from({ length: count }, (_, i) => {
    const type = i % 2 === 0 ? 'customer' : i % 7 === 5 ? 'note' : 'message';
    const text = `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;
    return thread(i, type, type === 'customer' ? 'Léa Martin' : 'Sam Rivera', text);
  }).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>#20999 ${esc(subject)} - Help Scout</title></head>
<body><div id="wrap"><div id="mailbox">
<div data-conversation-id="${id}" class="c-conversation">
<div id="tkHeader"><span>#<strong>20999</strong></span><h1 id="subjectLine" data-cy="ConvoSubject">${esc(subject)}</h1>
<button type="button" data-cy="ConvoStatus">Active</button></div>
<div id="tkContent"><ol aria-label="Thread Items" data-testid="ThreadContainer" role="list">
${threads}
</ol></div></div>
<aside data-cy="customer-sidebar" class="c-conversation-sidebar"><h2 data-cy="customer-name">Léa Martin</h2>
<a href="mailto:lea.martin@example.fr">lea.martin@example.fr</a></aside>
</div></div></body></html>`;
  return { url: `https://secure.helpscout.net/conversation/${id}/20999`, html };
}
