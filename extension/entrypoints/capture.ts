import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '../page/capture-page.ts';

/** Injected by the side panel into the tab it reads (activeTab or a granted site); returns the page's table as plain data. */
export default defineUnlistedScript(() => capturePage(document, location.href));
