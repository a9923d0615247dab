import { DomainError } from '../common/errors/domain-error';
import { headNameOf, type HouseholdDto, type HouseholdMemberInput, memberProblems } from '@ntm/shared';

/** The members and head's name of a request, checked together; 400 with every problem. */
export function checkedHousehold(headName: string | undefined, members: readonly HouseholdMemberInput[], today: string): { headName: string; members: readonly HouseholdMemberInput[] } {
  const problems = memberProblems(members, today);
  const head = headNameOf(headName, members);
  if (typeof head !== 'string') problems.push(head);
  if (problems.length > 0 || typeof head !== 'string') throw new DomainError('VALIDATION_FAILED', 'Thông tin hộ chưa hợp lệ', problems);
  return { headName: head, members };
}

/** A stale edit: somebody changed the household since the client read it. */
export function staleHousehold(current: HouseholdDto): DomainError {
  return new DomainError(
    'CONFLICT',
    'Hộ đã được người khác sửa sau khi bạn mở; hãy xem lại bản mới nhất',
    [{ field: 'revision', reason: `Phiên bản hiện tại là ${current.revision}` }],
    current,
  );
}

/** What an edit replaces, kept in the audit entry. */
export function householdSnapshot(household: HouseholdDto): Record<string, unknown> {
  const { village, headName, address, members } = household;
  return { villageCode: village.code, headName, address, members: members.map(({ id: _id, position: _position, ...member }) => member) };
}
