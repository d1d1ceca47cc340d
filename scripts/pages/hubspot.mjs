// A HubSpot ticket record page in the markup lib/helpdesks/hubspot.ts reads, for the DOM-read benchmark and
// the hard fixture. Same host and URL shape as test/fixtures/hubspot/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function property(name, label, value) {
  return `<span data-test-id="${name}"><div data-deferred-property-input-root="true" data-deferred-property-input-state="editable" data-deferred-property-input-mode="display" role="button">
<div><label><span>${esc(label)}</span></label></div>
<span data-selenium-test="property-input-${name}">${esc(value)}</span>
</div></span>`;
}

// One timeline card. kind: 'email' | 'note'; paragraphs become <p> blocks.
export function timelineCard({ id, kind, title, from, when, paragraphs }) {
  const note = kind === 'note';
  const head = `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>
<span data-selenium-test="timeline-editable-title">${esc(title)}</span>
<span data-test-id="event-timestamp"><time datetime="${esc(when)}">${esc(when.slice(0, 10))}</time></span>`;
  const people = from
    ? `<div data-measured-element="timeline-participant-details-right-content"><span>${esc(from)}</span></div>`
    : '';
  const body = `<div data-selenium-test="timeline-editable-section">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
  const inner = note ? `<div data-test-id="timeline-note-event">${head}${body}</div>` : `${head}${people}${body}`;
  return `<div data-test-id="timeline-preview-event"><div data-selenium-test="timeline-card" data-selenium-id="${id}">${inner}</div></div>`;
}

// A whole record page. events: newest first, as HubSpot lists them.
export function ticketPage({ portal, subject, status, priority, created, lastActivity, contact, company, events }) {
  const contactCard = contact
    ? `<div data-test-id="card-wrapper-ASSOCIATION_V3/0-1"><div><header><strong>Contacts (1)</strong></header>
<div data-test-id="associated-objects-card-content-0-1"><div>
<a data-selenium-test="contact-chicklet-title-link" href="/contacts/${portal}/record/0-1/70110023">${esc(contact.name)}</a>
<div><a href="mailto:${esc(contact.email)}">${esc(contact.email)}</a></div>
</div></div></div></div>`
    : '<div data-test-id="card-wrapper-ASSOCIATION_V3/0-1"><div><header><strong>Contacts (0)</strong></header></div></div>';
  const companyCard = company
    ? `<div data-test-id="card-wrapper-ASSOCIATION_V3/0-2"><div><header><strong>Companies (1)</strong></header>
<div data-test-id="associated-objects-card-content-0-2"><div>
<a data-selenium-test="company-chicklet-title-link" href="/contacts/${portal}/record/0-2/90211">${esc(company)}</a>
</div></div></div></div>`
    : '<div data-test-id="card-wrapper-ASSOCIATION_V3/0-2"><div><header><strong>Companies (0)</strong></header></div></div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(subject)} | Ticket</title></head>
<body><div id="hs-nav-v4"><header data-test-id="hs-global-toolbar"><input data-test-id="global-search-input-react" aria-label="Search HubSpot"></header></div>
<main class="record-shell"><div id="crm">
<div id="record-page-left-sidebar"><aside data-test-id="left-sidebar" data-scroll-trackable-container="left-sidebar">
<div data-test-id="card-wrapper-OBJECT_HIGHLIGHT-FAS-0-5-1" data-card-type="OBJECT_HIGHLIGHT"><div><div data-test-id="record-highlight-content">
<div data-test-id="record-highlight-main-content">
<h2 data-test-id="highlight-record-label">${esc(subject)}</h2>
<div data-test-id="highlight-property-item-hs_pipeline_stage"><span>Ticket status</span><span data-test-id="highlight-property-display-hs_pipeline_stage">${esc(status)}</span></div>
</div></div></div></div>
<div data-test-id="card-wrapper-PROPERTIES_V3/0-5/0" data-card-type="PROPERTIES_V3" data-properties-card-id="PROPERTIES_V3/0-5/0"><div>
<header><strong>About this ticket</strong></header>
<div data-test-id="crm-card-content"><ul data-selenium-test="profile-properties-list">
${property('hs_pipeline_stage', 'Ticket status', status)}
${property('hs_ticket_priority', 'Priority', priority)}
${property('createdate', 'Create date', created)}
${property('hs_lastactivitydate', 'Last activity date', lastActivity)}
</ul></div></div></div>
</aside></div>
<div data-test-id="middle-pane"><div role="tablist"><a data-tab-link="true" data-tab-selected="false">Overview</a><a data-tab-link="true" data-tab-selected="true">Activities</a></div>
<div data-test-id="tab-1-content"><div data-test-id="card-wrapper-SINGLETON/0-5/RECORD_TIMELINE"><div data-test-id="crm-events-viz-timeline">
${events.join('\n')}
</div></div></div></div>
<div data-test-id="records-right-sidebar"><aside data-test-id="right-sidebar">
${contactCard}
${companyCard}
</aside></div>
</div></main></body></html>`;
}

const FILLER =
  'After the Okta certificate rotation every SSO login bounces back to the sign-in page; clearing cookies does ' +
  'not help and the SAML trace shows the assertion signed with the old key, for all 240 users in the tenant. ';

export function longTicket(count) {
  const portal = '24681357';
  const id = '3185299000';
  const contact = { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' };
  const events = [];
  for (let i = count - 1; i >= 0; i--) {
    const kind = i % 7 === 5 ? 'note' : 'email';
    const customer = kind === 'email' && i % 2 === 0;
    const from = customer ? `${contact.name} <${contact.email}>` : 'Sam Rivera <sam.rivera@support.example>';
    const when = new Date(Date.UTC(2026, 10, 1, 8) + i * 600_000).toISOString();
    const text = `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;
    events.push(timelineCard({ id: 5000 + i, kind, title: 'Re: SSO login loop', from, when, paragraphs: [text] }));
  }
  const html = ticketPage({
    portal,
    subject: `Long thread with ${count} messages`,
    status: 'Waiting on us',
    priority: 'High',
    created: '11/01/2026 9:00 AM GMT+1',
    lastActivity: '11/03/2026 2:10 PM GMT+1',
    contact,
    company: 'Northwind Traders',
    events,
  });
  return { url: `https://app.hubspot.com/contacts/${portal}/record/0-5/${id}`, html };
}
