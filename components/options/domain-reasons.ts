import type { DomainCheck } from '../../lib/settings/domains';

/** What the options page says of a custom domain it refuses, by the check's reason. */
export const DOMAIN_REASONS: Record<Extract<DomainCheck, { ok: false }>['reason'], string> = {
  'not-a-url': 'options_domainNotUrl',
  'not-https': 'options_domainNotHttps',
  'has-path': 'options_domainHasPath',
  wildcard: 'options_domainWildcard',
  'too-long': 'options_domainTooLong',
  'empty-part': 'options_domainEmptyPart',
  hyphen: 'options_domainHyphen',
  'short-ip': 'options_domainShortIp',
};
