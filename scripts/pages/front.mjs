// A Front conversation with `count` messages and comments, in the markup lib/helpdesks/front.ts reads, for
// the DOM-read benchmark. Same host and URL shape as test/fixtures/front/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'Every SSO login still lands back on the sign-in page after the certificate rotation, for all 240 users of the ' +
  'EU tenant; the HAR shows a 302 to /login with error=invalid_signature on each attempt this morning. ';

function item(i, kind, text) {
  const at = new Date(Date.UTC(2026, 10, 1, 8) + i * 600_000).toISOString();
  if (kind === 'comment') {
    return `<div data-testid="comment" class="commentViewer__StyledWrapperDiv-sc-2e3f4a5b-0 eFgHiJ">
<span data-testid="comment-author">Sam Rivera</span><time datetime="${at}">${at}</time>
<div data-testid="comment-body" class="commentBody__StyledBodyDiv-sc-3f4a5b6c-0"><p>${esc(text)}</p></div></div>`;
  }
  const sender =
    kind === 'in' ? ['Dana Whitfield', 'dana@northwind.example'] : ['Sam Rivera', 'sam.rivera@acme.example'];
  return `<div data-testid="message" class="messageViewer__StyledWrapperDiv-sc-4d1f2a3b-0 kXyZa">
<div class="messageViewer__StyledHeaderDiv-sc-4d1f2a3b-1"><span data-testid="message-sender" title="${esc(sender[1])}">${esc(sender[0])}</span><time datetime="${at}">${at}</time></div>
<div data-testid="message-body" class="messageBody__StyledBodyDiv-sc-1b2c3d4e-0"><p>${esc(text)}</p></div></div>`;
}

export function longTicket(count) {
  const id = 'cnv_1jogzz99';
  const subject = `Long conversation with ${count} messages`;
  const timeline = Array.from({ length: count }, (_, i) => {
    const kind = i % 2 === 0 ? 'in' : i % 7 === 5 ? 'comment' : 'out';
    return item(i, kind, `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`);
  }).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(subject)} - Front</title></head>
<body><div id="root">
<section data-conversation-id="${id}" class="conversationPane__StyledPaneSection-sc-5b6c7d8e-0">
<h1 data-testid="conversation-subject">${esc(subject)}</h1><div data-testid="conversation-status">Open</div>
<div data-testid="contact-header"><span data-testid="contact-name">Dana Whitfield</span> <span data-testid="contact-handle">dana@northwind.example</span></div>
<div role="log" aria-label="Conversation timeline">
${timeline}
</div></section></div></body></html>`;
  return { url: `https://app.frontapp.com/open/${id}`, html };
}
