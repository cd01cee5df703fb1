import { describe, expect, it } from 'vitest';
import { voluntaryFromWording } from './voluntary-from-wording.ts';

describe('voluntaryFromWording', () => {
  it('reads voluntary departures in English and Chinese', () => {
    for (const text of ['Voluntarily Terminated', 'Voluntary', 'Resignation', 'resigned', 'Quit', '主动离职', '辞职', '个人原因']) expect(voluntaryFromWording(text), text).toBe(1);
  });

  it('reads involuntary ones, including words that contain "voluntary"', () => {
    for (const text of ['Terminated for Cause', 'Involuntary', 'Dismissed', 'Layoff', 'laid off', 'Redundancy', '辞退', '解雇', '被动离职', '裁员']) expect(voluntaryFromWording(text), text).toBe(0);
  });

  it('says nothing about texts that do not tell', () => {
    for (const text of ['', 'Active', 'N/A-StillEmployed', 'Another position', 'retiring', 'Quitting time reminder']) expect(voluntaryFromWording(text), text).toBeNaN();
  });
});
