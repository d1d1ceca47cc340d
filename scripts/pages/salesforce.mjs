// Salesforce Lightning Case pages in the markup lib/helpdesks/salesforce.ts reads, for the DOM-read benchmark
// and the hard fixture. Same host and URL shape as test/fixtures/salesforce/cases.json.

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A detail-layout field. kind: 'text' | 'lookup' | 'email' | 'modified' ({ user, at }).
export function layoutItem(label, value, kind = 'text') {
  let out;
  if (kind === 'lookup') {
    out = `<force-lookup><div class="slds-grid"><records-hoverable-link><a href="/lightning/r/${esc(value.id)}/view" data-navigation="enable"><slot><span>${esc(value.name)}</span></slot></a></records-hoverable-link></div></force-lookup>`;
  } else if (kind === 'email') {
    out = `<lightning-formatted-email><a href="mailto:${esc(value)}">${esc(value)}</a></lightning-formatted-email>`;
  } else if (kind === 'modified') {
    out = `<force-lookup><records-hoverable-link><a href="/lightning/r/${esc(value.id)}/view"><span>${esc(value.user)}</span></a></records-hoverable-link></force-lookup>, <lightning-formatted-text>${esc(value.at)}</lightning-formatted-text>`;
  } else {
    out = `<lightning-formatted-text>${esc(value)}</lightning-formatted-text>`;
  }
  return `<records-record-layout-item field-label="${esc(label)}" class="slds-form__item slds-no-space"><div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal">
<div class="slds-form-element__label test-id__field-label-container"><span class="test-id__field-label">${esc(label)}</span></div>
<div class="slds-form-element__control"><span class="test-id__field-value slds-form-element__static"><slot name="outputField">${out}</slot></span>
<button class="slds-button test-id__inline-edit-trigger" title="Edit ${esc(label)}"><span class="slds-assistive-text">Edit ${esc(label)}</span></button></div>
</div></records-record-layout-item>`;
}

// One case feed item (FeedItem.Type in data-type). header: extra preamble text ("Internal comment").
export function feedItem({ id, type, author, when, header = '', paragraphs }) {
  const body = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  const bodyClass = type === 'EmailMessageEvent' ? 'emailMessageBody' : 'cuf-feedBodyText';
  return `<div class="cuf-feedElementIterationItem slds-feed__item"><article class="cuf-feedElement cuf-feedItem" data-type="${esc(type)}" data-id="${esc(id)}">
<div class="cuf-feedItemHeader"><div class="cuf-preamble"><span class="cuf-preamble-text"><a class="cuf-entityLink" href="/lightning/r/${esc(id)}/view">${esc(author)}</a>${header ? ` <span class="cuf-preamble-custom">${esc(header)}</span>` : ''}</span></div>
<a class="cuf-timestamp" title="Click for single-item view of this feed post" href="/lightning/r/${esc(id)}/view"><span class="uiOutputDateTime">${esc(when)}</span></a></div>
<div class="cuf-body"><div class="${bodyClass}">${body}</div></div>
<footer class="cuf-feedback"><button class="slds-button">Like</button><button class="slds-button">Comment</button></footer>
</article></div>`;
}

// A Case record page: highlights panel, Details (the layout items) and the Feed (newest first).
export function recordPage({ recordId, caseNumber, subject, status, priority, items, feed }) {
  return `<div class="flexipagePage oneRecordHomeFlexipage2Wrapper"><one-record-home-flexipage2><records-record-layout-event-broker record-id="${esc(recordId)}">
<records-lwc-highlights-panel><records-highlights2><div class="slds-page-header slds-page-header_record-home">
<h1><div class="entityNameTitle slds-line-height_reset">Case</div><div class="slds-page-header__title slds-m-right--small"><slot name="primaryField"><lightning-formatted-text slot="primaryField">${esc(caseNumber)}</lightning-formatted-text></slot></div></h1>
<div class="slds-page-header__detail-row">
<records-highlights-details-item class="slds-page-header__detail-block"><p class="slds-text-title slds-truncate" title="Priority">Priority</p><p class="fieldComponent slds-text-body--regular"><lightning-formatted-text>${esc(priority)}</lightning-formatted-text></p></records-highlights-details-item>
<records-highlights-details-item class="slds-page-header__detail-block"><p class="slds-text-title slds-truncate" title="Status">Status</p><p class="fieldComponent slds-text-body--regular"><lightning-formatted-text>${esc(status)}</lightning-formatted-text></p></records-highlights-details-item>
<records-highlights-details-item class="slds-page-header__detail-block"><p class="slds-text-title slds-truncate" title="Subject">Subject</p><p class="fieldComponent slds-text-body--regular"><lightning-formatted-text>${esc(subject)}</lightning-formatted-text></p></records-highlights-details-item>
</div></div></records-highlights2></records-lwc-highlights-panel>
<lightning-tabset><div class="slds-tabs_default"><ul role="tablist" class="slds-tabs_default__nav"><li class="slds-tabs_default__item slds-is-active"><a role="tab" aria-selected="true">Feed</a></li><li class="slds-tabs_default__item"><a role="tab" aria-selected="false">Details</a></li></ul>
<section role="tabpanel" class="slds-tabs_default__content slds-show"><div class="forceChatterFeed"><div class="cuf-feed">
${feed.join('\n')}
</div></div></section>
<section role="tabpanel" class="slds-tabs_default__content slds-hide"><records-record-layout-block><records-record-layout-section><div class="slds-form" role="list">
${items.join('\n')}
</div></records-record-layout-section></records-record-layout-block></section>
</div></lightning-tabset>
</records-record-layout-event-broker></one-record-home-flexipage2></div>`;
}

// Standard navigation: earlier record pages stay in the DOM, hidden; the shown one is .active.
export function standardShell(title, pages) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body class="desktop"><div class="desktop container forceStyle oneOne navexDesktopLayoutContainer lafAppLayoutHost forceAccess">
<one-appnav><div class="slds-context-bar"><span class="appName" title="Service">Service</span></div></one-appnav>
<div class="viewport"><section class="layoutContent stage panelSlide"><div id="brandBand_2" class="slds-template__container"><div class="center oneCenterStage lafSinglePaneWindowManager">
${pages.map(({ active, html }) => `<div class="windowViewMode-normal oneContent${active ? ' active' : ''} lafPageHost">${html}</div>`).join('\n')}
</div></div></section></div></div></body></html>`;
}

const FILLER =
  'Since the Okta signing certificate was rotated every SSO login loops back to the sign-in page; the SAML ' +
  'tracer shows the assertion checked against the old key, and all 240 users of the tenant are locked out. ';

export function longTicket(count) {
  const recordId = '500Hu00001Lq0BeIAJ';
  const feed = [];
  for (let i = count - 1; i >= 0; i--) {
    const type = i % 7 === 5 ? 'TextPost' : 'EmailMessageEvent';
    const customer = type === 'EmailMessageEvent' && i % 2 === 0;
    feed.push(
      feedItem({
        id: `0D5Hu0000${String(100000 + i)}`,
        type,
        author: customer ? 'Dana Whitfield' : 'Sam Rivera',
        when: `November ${1 + (i % 28)}, 2026 at 9:${String(i % 60).padStart(2, '0')} AM`,
        paragraphs: [`${`Message ${i + 1}. ${FILLER}${FILLER}`.slice(0, 399)}.`],
      }),
    );
  }
  const html = recordPage({
    recordId,
    caseNumber: '00009001',
    subject: `Long thread with ${count} messages`,
    status: 'Escalated',
    priority: 'High',
    items: [
      layoutItem('Case Number', '00009001'),
      layoutItem('Contact Name', { id: '003Hu00000Ab1XyIAJ', name: 'Dana Whitfield' }, 'lookup'),
      layoutItem('Account Name', { id: '001Hu00000Cd2ZwIAJ', name: 'Northwind Traders' }, 'lookup'),
    ],
    feed,
  });
  return {
    url: `https://northwind.lightning.force.com/lightning/r/Case/${recordId}/view`,
    html: standardShell('00009001 | Case | Salesforce', [{ active: true, html }]),
  };
}
