// A Jira Service Management issue view with `count` comments, in the markup lib/helpdesks/jira.ts reads, for
// the DOM-read benchmark. Same host and URL shape as test/fixtures/jira/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FILLER =
  'The nightly export to the EU data warehouse stopped again after the SAML certificate rotation; the job log shows ' +
  'a cursor timeout on page 101 and every retry restarts from zero, so the finance dashboards are two days stale. ';

function comment(i, author, text, internal) {
  const id = 40000 + i;
  const part = `issue-comment-base.ui.comment.ak-comment.${id}`;
  return `<div data-componentid="issue-comment-base.ui.comment.comment-in-view-wrapper.${id}">
<div data-testid="comment-base-item-${id}"><div data-testid="${part}">
<div data-testid="${part}-header">
<h3><span aria-label="More information about ${esc(author)}" role="button"><div data-testid="profilecard-next.ui.profilecard.profilecard-trigger"><span role="presentation">${esc(author)}</span></div></span></h3>
${internal ? '<span class="css-1ry5a5u"><span>Internal note</span></span>' : ''}
<span data-testid="issue-timestamp.relative-time" role="presentation">${(i % 9) + 1} days ago</span>
</div>
<div data-testid="${part}-body"><div class="ak-renderer-document"><p>${esc(text)}</p></div></div>
<div data-testid="${part}-footer"><button type="button">Edit</button><button type="button">Delete</button></div>
</div></div></div>`;
}

function issueView(key, summary, reporter, comments, hidden) {
  return `<div data-testid="issue.views.issue-details.issue-layout.issue-layout"${hidden ? ' hidden' : ''}>
<nav aria-label="Breadcrumbs"><a href="/browse/${esc(key)}" data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"><span>${esc(key)}</span></a></nav>
<h1 data-testid="issue.views.issue-base.foundation.summary.heading">${esc(summary)}</h1>
<div data-testid="issue.views.field.rich-text.description"><div class="ak-renderer-document"><p>${esc(FILLER)}</p></div></div>
<div data-testid="issue.activity.comments-list"><div data-testid="issue-comment-base.ui.comment.custom-comment.container">
${comments}
</div></div>
<button type="button" data-testid="issue-field-status.ui.status-view.status-button.status-button"><span>Waiting for support</span></button>
<div data-component-selector="jira-issue-field-heading-field-wrapper"><h3>Priority</h3><div data-testid="issue-field-inline-edit-read-view-container.ui.container"><div data-testid="issue-field-priority-readview-full.ui.priority.wrapper"><span>High</span></div></div></div>
<div data-component-selector="jira-issue-field-heading-field-wrapper"><h3>Reporter</h3><div data-testid="issue-field-inline-edit-read-view-container.ui.container"><div data-testid="issue.views.field.user.reporter"><span data-testid="issue.views.field.user.reporter.name.wrapper"><span>${esc(reporter)}</span></span></div></div></div>
<div data-component-selector="jira-issue-field-heading-field-wrapper"><h3>Organizations</h3><div data-testid="issue-field-inline-edit-read-view-container.ui.container"><ul><li><span>Initech</span></li></ul></div></div>
<div data-component-selector="jira-issue-field-heading-field-wrapper"><h3>Labels</h3><div data-testid="issue-field-inline-edit-read-view-container.ui.container"><div data-testid="issue.views.field.select.common.select-inline-edit.labels.field-inline-edit-state-less--container"><a href="/issues/?jql=labels%20%3D%20export"><span>export</span></a><a href="/issues/?jql=labels%20%3D%20eu"><span>eu</span></a></div></div></div>
</div>`;
}

export function longTicket(count) {
  const key = 'SUP-4000';
  const comments = Array.from({ length: count }, (_, i) => {
    const customer = i % 2 === 0;
    const text = `${`Comment ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`;
    return comment(i, customer ? 'Priya Natarajan' : 'Sam Rivera', text, !customer && i % 7 === 5);
  }).join('\n');
  const stale = issueView('SUP-3990', 'Cannot reset password for contractor accounts', 'Lee Park', '', true);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>[${key}] Long thread - Jira Service Management</title></head>
<body><div id="jira-frontend"><main>
<section data-testid="servicedesk-queues-agent-view.layout.issue-view">
${stale}
${issueView(key, `Long thread with ${count} comments`, 'Priya Natarajan', comments, false)}
</section></main></div></body></html>`;
  return { url: `https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7/${key}`, html };
}
