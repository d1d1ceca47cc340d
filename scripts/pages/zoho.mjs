// A Zoho Desk ticket with `count` messages, in the markup lib/helpdesks/zoho.ts reads, for the DOM-read
// benchmark. Same host and URL shape as test/fixtures/zoho/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'Webhook deliveries to the ERP endpoint keep failing with HTTP 401 after the maintenance window; the request ' +
  'IDs in the log match the signature check, and retrying from the dashboard queues the same error again. ';

const CONTACT = '/agent/acme/support/contacts/details/705423000004410023';

function entry(i, kind) {
  const body = `<div class="zd_v2-richtextcontent-container zd_v2a9b8c7d6e5"><div>${esc(
    `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`,
  )}</div></div>`;
  if (kind === 'note') {
    return `<div class="zd_v2-conversationlist-listContainer zd_v21a2b3c4d5e"><div class="zd_v2-commentlistitemcommon-container">
<div class="zd_v2-commentlistitemcommon-header"><span class="zd_v2-commentlistitemcommon-authorName">Aiko Tanaka</span> <span class="zd_v2-commentlistitemcommon-privateLabel">Private</span></div>
<div class="zd_v2-commentlistitemcommon-contentWrapper"><div class="zd_v2-conversationlistcommon-contentWrapper" data-id="content">${body}</div></div>
</div></div>`;
  }
  const author =
    kind === 'customer'
      ? `<a class="zd_v2-threadlistitemcommon-authorName" href="${CONTACT}">Lukas Meyer</a>`
      : '<span class="zd_v2-threadlistitemcommon-authorName">Aiko Tanaka</span>';
  return `<div class="zd_v2-conversationlist-listContainer zd_v21a2b3c4d5e">
<div class="zd_v2-threadlistitemcommon-header">${author} <span class="zd_v2-threadlistitemcommon-time">${i} hours ago</span></div>
<div class="zd_v2-threadlistitemcommon-subjectWrapper"><div class="zd_v2-conversationlistcommon-contentWrapper" data-id="threadContent">${body}</div></div>
</div>`;
}

export function longTicket(count) {
  const id = '705423000019300001';
  const subject = `Long thread with ${count} messages`;
  const entries = Array.from({ length: count }, (_, i) =>
    entry(i, i % 2 === 0 ? 'customer' : i % 7 === 5 ? 'note' : 'agent'),
  ).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>#9300 - ${esc(subject)} - Zoho Desk</title></head>
<body><div id="root" data-id="AppContainer">
<div class="zd_v2-ticketdetailview-container zd_v29a8b7c6d5e" data-id="subTab_${id}">
<aside data-id="reqproperties"><div data-id="statusContainer" data-title="Open">Open</div><div data-id="priorityContainer" data-title="High">High</div>
<div class="zd_v2-tag-container"><span class="zd_v2-tag-text">webhooks</span></div></aside>
<section><h1 class="zd_v2-dvsubjectsection-subject" data-id="caseSubjectText" data-title="${esc(subject)}">${esc(subject)}</h1>
<div class="zd_v2-conversationlistwrapper-posRel" data-id="ConversationList">
${entries}
</div></section>
<aside class="zd_v2-detailviewlayout-rightPanel"><div class="zd_v2-contactcard-container"><a href="${CONTACT}">Lukas Meyer</a> <a href="mailto:lukas.meyer@globex.example">lukas.meyer@globex.example</a></div></aside>
</div></div></body></html>`;
  return { url: `https://desk.zoho.com/agent/acme/support/tickets/details/${id}`, html };
}
