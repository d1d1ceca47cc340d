// A Gorgias ticket with `count` messages, in the markup lib/helpdesks/gorgias.ts reads, for the DOM-read
// benchmark. Same host and URL shape as test/fixtures/gorgias/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'The replacement parcel for order #10482 was marked delivered but the customer never received it; the carrier ' +
  'photo shows a different door, and two more orders on the same route report the same problem this week. ';

function bubble(i, name, email, text, variant) {
  return `<div data-index="${i}" data-known-size="212" data-item-index="${i}">
<div data-variant="${variant}" class="Box--box--a1b2c MessageBubble--messageBubble--q8x0d">
<div class="Layout--headerContainer--p2k4n">
<div class="MessageSender--container--m3n5o"><div class="MessageSender--nameSlot--y71j1"><span>${esc(name)}</span></div>${
    email ? `<div class="MessageSender--emailSlot--f29c1">${esc(email)}</div>` : ''
  }</div>
<span class="MessageChannel--channel--h5i6j"><i class="material-icons">email</i></span>
<span class="MessageTimestamp--timestamp--k7l8m">Nov ${1 + (i % 28)}</span>
</div>
<div class="message-content MessageBody--content--n9o0p MessageBody--whitespace--q1r2s">${esc(text)}</div>
</div></div>`;
}

export function longTicket(count) {
  const id = '58300000';
  const subject = `Long thread with ${count} messages`;
  const thread = Array.from({ length: count }, (_, i) => {
    const variant = i % 2 === 0 ? 'regular' : i % 7 === 5 ? 'internal-note' : 'from-agent';
    const customer = variant === 'regular';
    const text = `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;
    return bubble(i, customer ? 'Léa Martin' : 'Noah Becker', customer ? 'lea.martin@example.fr' : '', text, variant);
  }).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body><div id="root"><div class="TicketDetail--container--c9d0e">
<nav aria-label="Breadcrumbs"><a href="/app/customer/90211">Léa Martin</a> <span>›</span> <span>${esc(subject)}</span></nav>
<div class="TicketHeader--component--m1n2o" id="TicketHeader">
<input type="text" class="TicketHeader--editableTitle--y9z0a" placeholder="Subject" value="${esc(subject)}">
<button type="button" class="TicketPriorityDropdown--button--g7h8i"><i class="material-icons">keyboard_arrow_up</i>high</button>
<button type="button" id="change-status-button" class="btn btn-secondary"><i class="material-icons">check</i>Close</button>
<div class="TicketTags--container--k7l8m"><div class="TicketTag--badge--a3b4c"><span>delivery</span></div></div>
</div>
<div aria-label="Ticket thread" role="list"><div data-testid="virtuoso-item-list">
${thread}
</div></div>
</div></div></body></html>`;
  return { url: `https://acme-shop.gorgias.com/app/views/318204/${id}`, html };
}
