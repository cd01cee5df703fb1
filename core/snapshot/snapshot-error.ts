import { t, type MessageKey } from '../i18n/index.ts';

/** Why a snapshot file was refused; hosts show `t(lang, 'snapshot.error.' + code, params)` in the user's language. */
export type SnapshotErrorCode = 'invalid-json' | 'not-a-snapshot' | 'newer-version' | 'invalid';

/**
 * A snapshot rejected whole, with a stable code and the parameters of its message, so the CLI prints it (in English, as
 * `message`) and the hosts translate it; nothing is ever half-imported.
 * @example new SnapshotError('not-a-snapshot').message // 'This file is not a PeopleCase snapshot: it has no schema version.'
 */
export class SnapshotError extends Error {
  constructor(
    readonly code: SnapshotErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(t('en', `snapshot.error.${code}` satisfies MessageKey, params));
    this.name = 'SnapshotError';
  }
}
