import { describe, expect, it } from 'vitest';
import { candidateStages, stageOfLabel } from './stage-of-label.ts';

const stage = (label: string) => candidateStages[stageOfLabel(label)];

describe('stageOfLabel', () => {
  it('reads the stages in English', () => {
    expect(['Applied', 'Screened', 'Interviewed', 'Feedback Given', 'Offered', 'Accepted', 'Declined'].map(stage)).toEqual([
      'applied', 'screened', 'interviewed', 'feedback', 'offered', 'accepted', 'declined',
    ]);
  });

  it('reads the stages in Chinese', () => {
    expect(['投递', '筛选', '面试', '反馈', '发放offer', '接受', '拒绝'].map(stage)).toEqual([
      'applied', 'screened', 'interviewed', 'feedback', 'offered', 'accepted', 'declined',
    ]);
  });

  it('tells the offer’s outcome from the offer, feedback from the interview, and the company’s no from the candidate’s', () => {
    expect(stage('Offer Accepted')).toBe('accepted');
    expect(stage('Offer Declined')).toBe('declined');
    expect(stage('Offer Rejected')).toBe('declined');
    expect(stage('Interview Feedback')).toBe('feedback');
    expect(stage('Phone Screen')).toBe('screened');
    expect(stage('Rejected')).toBe('rejected');
    expect(stage('候选人放弃')).toBe('withdrawn');
    expect(stage('Offer Extended')).toBe('offered');
  });

  it('gives −1 for other labels and empty input', () => {
    expect(stageOfLabel('Background check pending')).toBe(-1);
    expect(stageOfLabel('')).toBe(-1);
  });
});
