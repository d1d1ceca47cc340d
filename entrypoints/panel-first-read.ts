import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstRead } from '../lib/platform/first-read';

export default defineUnlistedScript(startFirstRead);
