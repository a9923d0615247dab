import { ROLES, type Role } from '../accounts/role';
import { canEditList, mayTakeVillageAction, nextVillageStage, VILLAGE_ACTIONS, VILLAGE_STAGES, type VillageAction, type VillageStage } from './village-stage';

const WITHOUT_DISTRICT = { districtOpinion: false };

describe('nextVillageStage (Decision 24/2021 art. 4: list → forms → meeting → posting → recognition)', () => {
  const legal: Record<VillageAction, [VillageStage, VillageStage]> = {
    confirm_list: ['listing', 'collecting'],
    close_collection: ['collecting', 'meeting'],
    reopen_collection: ['meeting', 'collecting'],
    accept_meeting: ['meeting', 'posting'],
    reject_meeting: ['meeting', 'collecting'],
    complete_posting: ['posting', 'ready'],
    record_district_opinion: ['district_opinion', 'ready'],
    recognise: ['ready', 'recognised'],
  };
  const allowed = (action: VillageAction, role: Role) => (action === 'recognise' ? role === 'admin' : role === 'admin' || role === 'supervisor');
  const cases = VILLAGE_ACTIONS.flatMap((action) =>
    VILLAGE_STAGES.flatMap((stage) =>
      ROLES.map((role) => [action, stage, role, legal[action][0] === stage && allowed(action, role) ? legal[action][1] : null] as const),
    ),
  );

  it.each(cases)('%s from %s by %s leads to %s', (action, stage, role, expected) => {
    expect(nextVillageStage(stage, action, role, WITHOUT_DISTRICT)).toBe(expected);
  });

  it('has fifteen legal moves among the 280 action × stage × role triples (7 actions × admin, supervisor; recognise by admin only)', () => {
    expect(cases).toHaveLength(8 * 7 * 5);
    expect(cases.filter(([, , , to]) => to !== null)).toHaveLength(15);
  });

  it('sends a completed posting to the district opinion only when the province keeps that step', () => {
    expect(nextVillageStage('posting', 'complete_posting', 'supervisor', { districtOpinion: true })).toBe('district_opinion');
    expect(nextVillageStage('posting', 'complete_posting', 'supervisor', { districtOpinion: false })).toBe('ready');
  });

  it('sends a rejected meeting back to re-review and refuses recognition before the meeting', () => {
    expect(nextVillageStage('meeting', 'reject_meeting', 'supervisor', WITHOUT_DISTRICT)).toBe('collecting');
    expect(nextVillageStage('meeting', 'recognise', 'admin', WITHOUT_DISTRICT)).toBeNull();
    expect(nextVillageStage('collecting', 'recognise', 'admin', WITHOUT_DISTRICT)).toBeNull();
  });

  it('lets steering, front and enumerators take no step, and supervisors every step but the recognition', () => {
    for (const action of VILLAGE_ACTIONS) {
      expect([mayTakeVillageAction('steering', action), mayTakeVillageAction('front', action), mayTakeVillageAction('enumerator', action)]).toEqual([false, false, false]);
      expect(mayTakeVillageAction('supervisor', action)).toBe(action !== 'recognise');
      expect(mayTakeVillageAction('admin', action)).toBe(true);
    }
  });
});

describe('canEditList', () => {
  it.each([
    ['listing', true],
    ['collecting', true],
    ['meeting', false],
    ['posting', false],
    ['district_opinion', false],
    ['ready', false],
    ['recognised', false],
  ] as const)('in %s: %s', (stage, expected) => {
    expect(canEditList(stage)).toBe(expected);
  });
});
