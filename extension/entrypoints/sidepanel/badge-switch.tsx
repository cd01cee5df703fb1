import { Switch } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { defaultAssumptions } from '../../../core/impact/assumptions.ts';
import { useT } from '../../../ui/lang-context.ts';
import { readBadgeLimits, saveBadgeLimits } from '../../platform/badge-setting.ts';

/** Days after which an open requisition is badged as aged: the 45-day line for requisitions left open too long. */
const AGED_DAYS = 45;

/** The per-site switch for days-open and SLA badges on the page's requisition rows; off until the user turns it on. */
export function BadgeSwitch({ url, onError }: { url: string; onError: (cause: unknown) => void }) {
  const { tr } = useT();
  const { origin, host } = new URL(url);
  const [on, setOn] = useState(false);
  useEffect(() => void readBadgeLimits(origin).then((limits) => setOn(limits !== null), onError), [origin]);
  const toggle = (checked: boolean) => {
    setOn(checked);
    void saveBadgeLimits(origin, checked ? { agedDays: AGED_DAYS, feedbackSlaDays: defaultAssumptions.feedbackSlaDays.base } : null).catch(onError);
  };
  return <Switch checked={on} onChange={(_, data) => toggle(data.checked)} label={tr('extension.badges.toggle', { host })} data-testid="badge-switch" />;
}
