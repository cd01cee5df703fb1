import type { MessageKey } from './en.ts';

/** Simplified Chinese messages, written for Chinese HR readers rather than translated word for word. */
export const zhCN: Record<MessageKey, string> = {
  'app.name': 'PeopleCase',
};
