import { describe, expect, it } from 'vitest';
import { isFilledStatus } from './is-filled-status.ts';

describe('isFilledStatus', () => {
  it('reads filled statuses in English and Chinese', () => {
    for (const label of ['Filled', 'Closed – Filled', 'Closed - Hired', '已招满', '已到岗', '已完成']) expect(isFilledStatus(label), label).toBe(true);
    for (const label of ['Open', 'Cancelled', 'Unfilled', 'On Hold', '招聘中', '未招满', '已取消', '']) expect(isFilledStatus(label), label).toBe(false);
  });
});
