// A Freshdesk ticket with `count` messages (the description and count - 1 conversations), in the markup
// lib/helpdesks/freshdesk.ts reads, for the DOM-read benchmark. Same host and URL shape as
// test/fixtures/freshdesk/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'The SSO callback still redirects to the sign-in page for users in the EU tenant; the HAR shows the SAML ' +
  'response is rejected with a signature mismatch, and retrying from a private window gives the same result. ';

const text = (i) => `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;

function conversation(i, author, kind) {
  const note = kind === 'note';
  return `<div class="ticket-details__item${note ? ' ticket-details__privatenote' : ''}" data-test-id="conversation-wrapper" data-album="note_${43200000000 + i}">
<div class="conversation-header"><div class="sender-info"><span class="user" data-test-id="user-name"${kind === 'customer' ? '' : ' data-test-is-agent="true"'}><b>${esc(author)}</b></span> <span data-test-id="conversation-status">${note ? 'added a private note' : 'replied'}</span> <span class="created-time" data-test-id="time-ago">${i} hours ago</span></div></div>
<div data-test-id="conversation-content-wrapper"><div data-test-conversation="conversation-text"><div class="ticket_note" data-note-id="${43200000000 + i}"><div>${esc(text(i))}</div></div></div></div>
</div>`;
}

export function longTicket(count) {
  const id = '59300';
  const subject = `Long thread with ${count} messages`;
  const items = Array.from({ length: Math.max(0, count - 1) }, (_, n) => {
    const i = n + 1;
    const kind = i % 2 === 1 ? 'customer' : i % 7 === 0 ? 'note' : 'agent';
    return conversation(i, kind === 'customer' ? 'Priya Natarajan' : 'Sam Rivera', kind);
  }).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>[#${id}] ${esc(subject)} : Acme Support</title></head>
<body class="ember-application"><div id="ember-app"><div class="ticket-details-page">
<aside class="ticket-properties"><div class="ticket-tags"><ul><li><span class="tag-options">sso</span></li></ul></div>
<div data-test-id="tkt-properties-status"><span class="ember-power-select-selected-item">Open</span></div>
<div data-test-id="tkt-properties-priority"><span class="ember-power-select-selected-item">High</span></div></aside>
<main class="tickets-conversation-pane"><div class="ticket-subject-heading">${esc(subject)}</div>
<div class="ticket-details-wrapper">
<div class="ticket-details__item ticket-details__requestor requestor-wrap" data-test-id="ticket-description" data-album="ticket_${id}">
<div class="ticket-details__item__header"><div class="sender-info"><span class="user" data-test-id="user-name"><b>Priya Natarajan</b></span> <span data-test-id="conversation-status">reported via email</span></div></div>
<div class="ticket-details__item__content"><div class="text-content-wrapper"><div id="ticket_original_request"><div>${esc(text(0))}</div></div></div></div>
</div>
${items}
</div></main>
<aside class="ticket-sidebar"><div data-test-id="requester-info-contact-email"><div class="info-details-content">priya.natarajan@initech.example</div></div></aside>
</div></div></body></html>`;
  return { url: `https://acme.freshdesk.com/a/tickets/${id}`, html };
}
