import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { ReadError, readError } from './read-error.ts';

describe('readError', () => {
  it('takes its one-line English message from the catalogue and keeps code and params for translation', () => {
    const error = readError('unknown-sheet', { sheet: 'Roster', sheets: 'Summary, Q1' });
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ReadError');
    expect(error.message).toBe(`There is no sheet named "Roster"; the workbook's sheets are: Summary, Q1`);
    expect(t('zh-CN', `readError.${error.code}` as 'readError.unknown-sheet', error.params)).toBe('没有名为“Roster”的工作表；工作簿中的工作表有：Summary, Q1');
  });

  it('accepts a free message for errors outside the readers', () => {
    expect(new ReadError('Cannot open x.csv: ENOENT')).toMatchObject({ message: 'Cannot open x.csv: ENOENT', code: 'unreadable', params: {} });
  });
});
