import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { freshdesk } from '../lib/helpdesks/freshdesk';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(freshdesk));
