// Zendesk-like agent pages built from data, for fixtures too large or too hostile to keep as files.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function zendeskPage(t) {
  const comments = t.comments
    .map(
      (c) => `<article data-test-id="omni-log-comment-item"${c.note ? ' aria-label="Internal note"' : ''}>
  ${c.note ? '<span data-test-id="omni-log-internal-note-tag">Internal note</span>' : ''}
  <span data-test-id="omni-log-item-sender">${esc(c.author)}</span>
  <time data-test-id="timestamp-relative" datetime="${esc(c.at)}">${esc(c.at)}</time>
  <div data-test-id="omni-log-message-content">${c.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
</article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(t.subject)} – Zendesk</title></head>
<body><div data-test-id="main-panes"><section data-ticket-id="${esc(t.id)}">
<input data-test-id="omni-header-subject" value="${esc(t.subject)}">
<span data-test-id="ticket-status-label">${esc(t.status)}</span>
<div data-test-id="ticket-system-field-requester-select">${esc(t.requester)}</div>
${t.organization ? `<div data-test-id="ticket-system-field-organization-select">${esc(t.organization)}</div>` : ''}
<div data-test-id="ticket-form-field-priority-select">${esc(t.priority)}</div>
<div data-test-id="ticket-fields-tags">${t.tags.map((g) => `<span data-garden-id="tags.tag_view">${esc(g)}</span>`).join('')}</div>
<div data-test-id="omni-log-container">
${comments}
</div></section></div></body></html>`;
}

function at(i) {
  return new Date(Date.UTC(2026, 10, 1, 8) + i * 3_600_000).toISOString();
}

export function longThread(id, count, paragraphChars) {
  const filler = 'The sync job retried and the dashboard still shows stale numbers for the EU workspace. '.repeat(
    Math.max(1, Math.ceil(paragraphChars / 88)),
  );
  return zendeskPage({
    id,
    subject: `Long thread with ${count} messages`,
    status: 'Open',
    priority: 'High',
    requester: 'Priya Natarajan <priya@initech.example>',
    organization: 'Initech',
    tags: ['sync', 'eu'],
    comments: Array.from({ length: count }, (_, i) => ({
      author: i % 2 ? 'Sam Rivera' : 'Priya Natarajan',
      at: at(i),
      note: i % 7 === 6,
      paragraphs: [`Message ${i + 1}.`, filler.slice(0, paragraphChars)],
    })),
  });
}

export const HOSTILE_TEXT = [
  '<img src=x onerror="alert(1)"> </textarea><script>alert(2)</script>',
  '**bold** _under_ `code` ```fence``` [link](javascript:alert(3)) # heading | pipe',
  '{code}jira{code} *slack* <@U123> &amp; &lt;b&gt;',
];

export function hostileTicket(id) {
  return zendeskPage({
    id,
    subject: '<img src=x onerror=alert(1)> **Export** `broken` \u202egnp.exe\u202c',
    status: 'Open',
    priority: 'Normal',
    requester: 'Mallory <b>Evil</b> <mallory@evil.example>',
    organization: 'Evil </textarea> Corp',
    tags: ['<script>'],
    comments: [
      { author: 'Mallory <b>Evil</b>', at: at(0), paragraphs: HOSTILE_TEXT },
      { author: 'Sam Rivera', at: at(1), paragraphs: ['Looking into it.'] },
    ],
  });
}

// The benchmark's 300-message ticket: the same shape every helpdesk's page generator returns.
export function longTicket(count) {
  return { url: `https://acme.zendesk.com/agent/tickets/9300`, html: longThread(9300, count, 400) };
}
