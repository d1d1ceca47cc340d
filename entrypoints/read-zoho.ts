import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { zoho } from '../lib/helpdesks/zoho';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(zoho));
