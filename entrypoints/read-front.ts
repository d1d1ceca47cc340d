import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { front } from '../lib/helpdesks/front';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(front));
