/** English messages: the source catalogue. zh-CN must define every key (checked by the compiler and a test). */
export const en = {
  'app.name': 'PeopleCase',
} as const;

export type MessageKey = keyof typeof en;
