import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { zendesk } from '../lib/helpdesks/zendesk';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(zendesk));
