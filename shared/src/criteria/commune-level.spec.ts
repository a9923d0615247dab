import { communeLevel, readyForRecognition } from './commune-level';

const met = { allMet: true };
const notMet = { allMet: false };

describe('communeLevel (QĐ 318 NTM and advanced sets, QĐ 319 model)', () => {
  it.each([
    [{ ntm: notMet }, 'none'],
    [{ ntm: null }, 'none'],
    [{ ntm: met }, 'ntm'],
    [{ ntm: met, advanced: notMet, model: met }, 'ntm'],
    [{ ntm: met, advanced: met }, 'advanced'],
    [{ ntm: met, advanced: met, model: notMet }, 'advanced'],
    [{ ntm: met, advanced: met, model: met }, 'model'],
  ])('%j → %s', (scores, level) => {
    expect(communeLevel(scores)).toBe(level);
  });

  it('does not make a commune advanced (nor model) that is not NTM', () => {
    expect(communeLevel({ ntm: notMet, advanced: met, model: met })).toBe('none');
  });
});

describe('readyForRecognition', () => {
  it('needs every NTM criterion met and a passed satisfaction poll', () => {
    expect(readyForRecognition(met, 'passed')).toBe(true);
  });

  it.each(['failed', 'invalid', null] as const)('is not ready with a poll %s', (verdict) => {
    expect(readyForRecognition(met, verdict)).toBe(false);
  });

  it('is not ready with a passed poll but a criterion not met, or no evaluation', () => {
    expect(readyForRecognition(notMet, 'passed')).toBe(false);
    expect(readyForRecognition(null, 'passed')).toBe(false);
  });
});
