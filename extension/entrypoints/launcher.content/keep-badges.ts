import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { drawBadges, removeBadges } from '../../page/draw-badges.ts';
import type { BadgeLimits } from '../../page/requisition-badges.ts';
import { onBadgeSettingChange, readBadgeLimits } from '../../platform/badge-setting.ts';

/**
 * Keep the page's inline badges in step with this site's switch in the panel (off by default: then the only work is one
 * storage read). While on, badges are drawn when the probe finds a table and redrawn at most once per `recheckMs` while the
 * page mutates, so a list rendering in bursts costs one pass per burst.
 */
export function keepBadges(ctx: ContentScriptContext, probe: string, recheckMs: number): void {
  let limits: BadgeLimits | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const draw = () => { if (limits && document.querySelector(probe)) drawBadges(document, limits); };
  const observer = new MutationObserver(() => {
    if (timer !== null) return;
    timer = setTimeout(() => { timer = null; draw(); }, recheckMs);
  });
  const apply = async () => {
    limits = await readBadgeLimits(location.origin);
    observer.disconnect();
    if (!limits) return removeBadges(document);
    draw();
    observer.observe(document.body, { childList: true, subtree: true });
  };
  void apply();
  const unsubscribe = onBadgeSettingChange(() => void apply());
  ctx.onInvalidated(() => { observer.disconnect(); unsubscribe(); });
}
