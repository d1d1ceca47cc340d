import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { jira } from '../lib/helpdesks/jira';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(jira));
