import { t, type MessageKey } from '../i18n/index.ts';

/**
 * A file that cannot be read as a table at all (empty, binary, a broken workbook, an unknown sheet).
 * Its message is one line meant for the user; the CLI prints it and exits with status 1.
 * `code` and `params` let hosts translate it (i18n key `readError.<code>`).
 * @example new ReadError('The file is empty', { code: 'empty-file' }).message // 'The file is empty'
 */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(message: string, options: { code?: string; params?: Record<string, string | number> } = {}) {
    super(message);
    this.code = options.code ?? 'unreadable';
    this.params = options.params ?? {};
  }
}

/** Codes of the ReadErrors the readers raise; each has a `readError.<code>` message in every catalogue. */
export type ReadErrorCode = { [K in MessageKey]: K extends `readError.${infer Code}` ? Code : never }[MessageKey];

/**
 * A ReadError with its English message from the catalogue, so the reason is written once and hosts can translate it.
 * @example readError('empty-sheet', { sheet: 'Roster' }).message // 'The sheet "Roster" is empty'
 */
export function readError(code: ReadErrorCode, params: Record<string, string | number> = {}): ReadError {
  return new ReadError(t('en', `readError.${code}`, params), { code, params });
}
