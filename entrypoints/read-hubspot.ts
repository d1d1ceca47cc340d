import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hubspot } from '../lib/helpdesks/hubspot';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(hubspot));
