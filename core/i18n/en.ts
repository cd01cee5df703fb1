import { cliEn } from './cli-messages.ts';

/** English messages: the source catalogue. zh-CN must define every key (checked by the compiler and a test). */
export const en = {
  ...cliEn,
  'app.name': 'PeopleCase',
  'render.scope.company': 'Whole company',
  'render.prepared': 'Prepared {date}',
  'render.footer': 'Prepared with PeopleCase. The data was processed on this device only; nothing was uploaded.',
  'chart.tooltip': '{label}: {value}',
} as const;

export type MessageKey = keyof typeof en;
