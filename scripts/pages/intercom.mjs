// An Intercom Inbox conversation with `count` parts, in the markup lib/helpdesks/intercom.ts reads, for the
// DOM-read benchmark. Same host and URL shape as test/fixtures/intercom/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'The nightly export still stops at 10,000 rows for the EU workspace and the finance team cannot close the month; ' +
  'the retry from yesterday produced the same truncated file and the job log shows a cursor timeout. ';

// Part groups: 1 a user, 3 a teammate, 4 a note.
function part(i, category, name, text) {
  const kind = category === 1 ? 'user-comment' : category === 4 ? 'note' : 'admin-comment';
  const who = category === 1 ? 'user-avatar-name' : 'admin-avatar-name';
  const at = new Date(Date.UTC(2026, 10, 1, 8) + i * 600_000).toISOString();
  return `<div data-part-group-id="${20000000 + i}" data-part-group-category="${category}">
<div data-intercom-target="conversation-stream-content-part" class="group/content-part">
<div class="inbox2__${kind}-part"><span data-testid="${who}">${esc(name)}</span><time datetime="${at}">${at}</time>
<div class="intercom-interblocks"><div class="intercom-interblocks-paragraph"><p>${esc(text)}</p></div></div></div>
</div></div>`;
}

export function longTicket(count) {
  const id = '215474009990001';
  const subject = `Long conversation with ${count} parts`;
  const stream = Array.from({ length: count }, (_, i) => {
    const category = i % 2 === 0 ? 1 : i % 7 === 5 ? 4 : 3;
    const text = `${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;
    return part(i, category, category === 1 ? 'Priya Natarajan' : 'Sam Rivera', text);
  }).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox | Intercom</title></head>
<body><div id="teammate-app-react"><div class="flex h-screen flex-row">
<div class="inbox2__conversation-list" role="list"><a role="listitem" href="/a/inbox/k7w32l2g/inbox/shared/all/conversation/${id}">${esc(subject)}</a></div>
<div data-intercom-target="conversation-space" class="inbox2__conversation-page" data-conversation-id="${id}">
<div data-intercom-target="conversation-toolbar"><div data-inbox-conversation-header-title><span>${esc(subject)}</span></div></div>
<div data-testid="conversation-stream-scroll-container" data-conversation-stream="">
${stream}
</div></div>
<div class="inbox2__conversation-details-sidebar">
<div class="flex flex-row items-center"><p class="inbox2__attribute__label">Name</p><div class="truncate"><span>Priya Natarajan</span></div></div>
<div class="flex flex-row items-center"><p class="inbox2__attribute__label">Email</p><div class="truncate"><span>priya@initech.example</span></div></div>
<div class="flex flex-row items-center"><p class="inbox2__attribute__label">Company</p><div class="truncate"><span>Initech</span></div></div>
</div></div></div></body></html>`;
  return { url: `https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/${id}`, html };
}
