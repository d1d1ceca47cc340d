import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gorgias } from '../lib/helpdesks/gorgias';
import { readThisPage } from '../lib/platform/page-read';

export default defineUnlistedScript(() => readThisPage(gorgias));
