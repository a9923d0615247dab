import {
  acceptsResponses,
  addMonths,
  CAMPAIGN_ACTIONS,
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  type CampaignAction,
  type CampaignStatus,
  campaignTransition,
  isReviewedKind,
  monthsPerPeriod,
  nextPeriod,
  vietnamToday,
} from './campaign';
import { actionOfSave, isEditable, nextResponseStatus, type ResponseAction, type ResponseStatus } from './response-status';

describe('campaignTransition', () => {
  const legal: Record<CampaignAction, Partial<Record<CampaignStatus, CampaignStatus>>> = {
    open: { draft: 'open', closed: 'open' },
    close: { open: 'closed' },
    finalise: { closed: 'finalised' },
    unfinalise: { finalised: 'closed' },
  };
  const cases = CAMPAIGN_ACTIONS.flatMap((action) => CAMPAIGN_STATUSES.map((status) => [action, status, legal[action][status] ?? null] as const));

  it.each(cases)('%s from %s leads to %s', (action, status, expected) => {
    expect(campaignTransition(status, action)).toBe(expected);
  });

  it('has exactly five legal moves among the sixteen action × status pairs', () => {
    expect(cases).toHaveLength(16);
    expect(cases.filter(([, , to]) => to !== null)).toHaveLength(5);
  });
});

describe('nextPeriod', () => {
  it.each([
    [{ year: 2026, round: 1, roundsPerYear: 1 }, { year: 2027, round: 1, roundsPerYear: 1 }],
    [{ year: 2026, round: 1, roundsPerYear: 2 }, { year: 2026, round: 2, roundsPerYear: 2 }],
    [{ year: 2026, round: 2, roundsPerYear: 2 }, { year: 2027, round: 1, roundsPerYear: 2 }],
    [{ year: 2026, round: 3, roundsPerYear: 4 }, { year: 2026, round: 4, roundsPerYear: 4 }],
    [{ year: 2026, round: 4, roundsPerYear: 4 }, { year: 2027, round: 1, roundsPerYear: 4 }],
    [{ year: 2026, round: 12, roundsPerYear: 12 }, { year: 2027, round: 1, roundsPerYear: 12 }],
  ])('follows %o with %o', (period, expected) => {
    expect(nextPeriod(period)).toEqual(expected);
  });

  it.each([
    [1, 12],
    [2, 6],
    [4, 3],
    [12, 1],
  ])('spaces %i round(s) a year %i months apart', (roundsPerYear, months) => {
    expect(monthsPerPeriod(roundsPerYear)).toBe(months);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-14', 12, '2027-12-14'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-10-01', 27, '2029-01-01'],
    ['2026-05-20', 0, '2026-05-20'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-02-10', -14, '2024-12-10'],
    ['2026-05-31', -12, '2025-05-31'],
  ])('moves %s by %i month(s) to %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('acceptsResponses', () => {
  const campaign = (status: CampaignStatus) => ({ status, opensOn: '2026-09-01', closesOn: '2026-12-14' });

  it.each([
    ['2026-08-31', false],
    ['2026-09-01', true],
    ['2026-10-20', true],
    ['2026-12-14', true],
    ['2026-12-15', false],
  ])('takes responses of an open campaign on %s: %s (both ends inclusive)', (today, expected) => {
    expect(acceptsResponses(campaign('open'), today)).toBe(expected);
  });

  it.each(['draft', 'closed', 'finalised'] as const)('refuses responses while the campaign is %s, even within its dates', (status) => {
    expect(acceptsResponses(campaign(status), '2026-10-20')).toBe(false);
  });
});

describe('vietnamToday (UTC+7, no daylight saving)', () => {
  it.each([
    ['2026-11-21T16:59:59Z', '2026-11-21'],
    ['2026-11-21T17:00:00Z', '2026-11-22'],
    ['2026-12-31T17:00:00Z', '2027-01-01'],
    ['2026-07-01T00:00:00Z', '2026-07-01'],
  ])('reads %s as %s in Vietnam', (instant, expected) => {
    expect(vietnamToday(new Date(instant))).toBe(expected);
  });
});

describe('nextResponseStatus', () => {
  type Row = [ResponseStatus | null, ResponseStatus | null, ResponseStatus | null, ResponseStatus | null, ResponseStatus | null];
  // Columns: save_draft, submit, approve, return, reopen on a reviewed (household) campaign.
  const reviewedTable: Record<ResponseStatus | 'new', Row> = {
    new: ['draft', 'submitted', null, null, null],
    draft: ['draft', 'submitted', null, null, null],
    submitted: [null, null, 'approved', 'returned', null],
    returned: ['returned', 'resubmitted', null, null, null],
    resubmitted: [null, null, 'approved', 'returned', null],
    approved: [null, null, null, null, 'returned'],
  };
  const actions: ResponseAction[] = ['save_draft', 'submit', 'approve', 'return', 'reopen'];
  const cases = Object.entries(reviewedTable).flatMap(([status, row]) =>
    actions.map((action, i) => [status === 'new' ? null : (status as ResponseStatus), action, row[i]!] as const),
  );

  it.each(cases)('on a reviewed campaign, %s + %s → %s', (current, action, expected) => {
    expect(nextResponseStatus(current, action, true)).toBe(expected);
  });

  // Polls and custom surveys have no review: saving works the same, review actions never apply.
  const unreviewedCases = cases.map(([current, action, to]) => [current, action, action === 'save_draft' || action === 'submit' ? to : null] as const);

  it.each(unreviewedCases)('on an unreviewed campaign, %s + %s → %s', (current, action, expected) => {
    expect(nextResponseStatus(current, action, false)).toBe(expected);
  });

  it('rejects an action it does not know', () => {
    expect(() => nextResponseStatus('draft', 'archive' as ResponseAction, true)).toThrow('Unknown response action archive');
  });

  it('lets the enumerator edit only drafts and returned forms', () => {
    expect((['draft', 'submitted', 'returned', 'resubmitted', 'approved'] as const).filter(isEditable)).toEqual(['draft', 'returned']);
  });

  it('maps the saved status to its action', () => {
    expect(actionOfSave('draft')).toBe('save_draft');
    expect(actionOfSave('submitted')).toBe('submit');
  });

  it('reviews household reviews and income surveys only', () => {
    expect(CAMPAIGN_KINDS.filter(isReviewedKind)).toEqual(['household_review', 'income_survey']);
  });
});
