import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readThisPageGenerically } from '../lib/platform/page-read';

export default defineUnlistedScript(readThisPageGenerically);
