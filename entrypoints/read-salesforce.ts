import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { salesforce } from '../lib/helpdesks/salesforce';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(salesforce));
