import type { Helpdesk } from '../lib/escalation/model';

export const HELPDESK_NAMES: Record<Helpdesk, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  intercom: 'Intercom',
  helpscout: 'Help Scout',
  hubspot: 'HubSpot',
  jira: 'Jira Service Management',
  salesforce: 'Salesforce',
  front: 'Front',
  gorgias: 'Gorgias',
  zoho: 'Zoho Desk',
  generic: '',
};
