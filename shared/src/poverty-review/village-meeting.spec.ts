import { meetingAccepted, meetingCountsProblem } from './village-meeting';

describe('meetingAccepted (Decision 24/2021 art. 4(1)(c): at least 50% of attendees agree)', () => {
  it.each([
    [5, 10, true], // exactly half
    [4, 9, false], // 44.4%
    [5, 9, true], // 55.6%
    [4, 10, false],
    [10, 10, true],
    [1, 1, true],
    [1, 2, true],
    [0, 1, false],
    [0, 0, false], // no meeting without attendees
  ])('%i agreeing of %i attendees: %s', (agreeing, attendees, expected) => {
    expect(meetingAccepted(agreeing, attendees)).toBe(expected);
  });
});

describe('meetingCountsProblem', () => {
  it.each([
    [5, 10, null],
    [0, 3, null],
    [10, 10, null],
    [11, 10, { field: 'agreeing', reason: 'cannot exceed the number of attendees' }],
    [0, 0, { field: 'attendees', reason: 'must be a whole number of at least 1' }],
    [-1, 3, { field: 'agreeing', reason: 'must be a whole number of at least 0' }],
    [2.5, 5, { field: 'agreeing', reason: 'must be a whole number of at least 0' }],
  ])('%s agreeing of %s attendees → %j', (agreeing, attendees, expected) => {
    expect(meetingCountsProblem(agreeing, attendees)).toEqual(expected);
  });
});
