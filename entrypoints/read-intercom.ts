import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { intercom } from '../lib/helpdesks/intercom';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(intercom));
