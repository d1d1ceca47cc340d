import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { helpscout } from '../lib/helpdesks/helpscout';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(helpscout));
