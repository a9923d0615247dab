import type { PovertyClass } from '../households/poverty-class';
import { householdMovement, type HouseholdMovement } from './household-movement';
import { isOnRecognitionList, RECOGNITION_LIST_LABELS_VI, RECOGNITION_LISTS } from './recognition-lists';

describe('householdMovement (previous year → this year)', () => {
  const cases: [PovertyClass | null, PovertyClass, boolean, HouseholdMovement | null][] = [
    // poor this year
    ['poor', 'poor', false, 'remained_poor'],
    ['poor', 'poor', true, 'remained_poor'],
    ['near_poor', 'poor', false, 'near_poor_to_poor'],
    ['near_poor', 'poor', true, 'fallen_back'], // had escaped poverty once, poor again
    [null, 'poor', false, 'newly_poor'],
    ['not_poor', 'poor', false, 'newly_poor'],
    ['average', 'poor', false, 'newly_poor'],
    ['screened_out', 'poor', false, 'newly_poor'],
    [null, 'poor', true, 'fallen_back'],
    ['not_poor', 'poor', true, 'fallen_back'],
    ['average', 'poor', true, 'fallen_back'],
    // near-poor this year
    ['near_poor', 'near_poor', false, 'remained_near_poor'],
    ['poor', 'near_poor', false, 'poor_to_near_poor'],
    ['poor', 'near_poor', true, 'poor_to_near_poor'],
    [null, 'near_poor', false, 'newly_near_poor'],
    ['not_poor', 'near_poor', true, 'newly_near_poor'],
    // neither this year
    ['poor', 'not_poor', false, 'escaped_poor'],
    ['poor', 'average', false, 'escaped_poor'],
    ['poor', 'screened_out', false, 'escaped_poor'],
    ['near_poor', 'not_poor', false, 'escaped_near_poor'],
    ['near_poor', 'average', true, 'escaped_near_poor'],
    [null, 'not_poor', false, 'unchanged'],
    ['average', 'not_poor', true, 'unchanged'],
    // cannot be recognised
    ['poor', 'incomplete', false, null],
    [null, 'incomplete', true, null],
  ];

  it.each(cases)('%s → %s (poor earlier: %s) is %s', (previous, current, everPoorBefore, expected) => {
    expect(householdMovement(previous, current, everPoorBefore)).toBe(expected);
  });
});

describe('recognition lists', () => {
  it('puts a poor household turning near-poor on the escaped-poor list and the near-poor list', () => {
    const lists = RECOGNITION_LISTS.filter((list) => isOnRecognitionList(list, 'near_poor', 'poor_to_near_poor'));
    expect(lists).toEqual(['near_poor', 'escaped_poor']);
  });

  it('puts a household fallen back into poverty on the poor and fallen-back lists only', () => {
    expect(RECOGNITION_LISTS.filter((list) => isOnRecognitionList(list, 'poor', 'fallen_back'))).toEqual(['poor', 'fallen_back']);
  });

  it('puts a near-poor household turning poor on the poor and near-poor → poor lists, not the newly poor one', () => {
    expect(RECOGNITION_LISTS.filter((list) => isOnRecognitionList(list, 'poor', 'near_poor_to_poor'))).toEqual(['poor', 'near_poor_to_poor']);
  });

  it('leaves a household that stays out of poverty off every list', () => {
    expect(RECOGNITION_LISTS.filter((list) => isOnRecognitionList(list, 'not_poor', 'unchanged'))).toEqual([]);
  });

  it('names every list in at most 31 characters without the characters Excel forbids in sheet names', () => {
    for (const label of Object.values(RECOGNITION_LIST_LABELS_VI)) {
      expect(label.length).toBeLessThanOrEqual(31);
      expect(label).not.toMatch(/[\\/?*[\]:]/);
    }
  });
});
