import type { ComplaintDto, MeetingDto, PersonRef, PostingDto, PovertyClass, RecognitionDto, RecognitionList, ResponseStatus, UnitRef } from '@ntm/shared';

export const person = (id: string, username: string, fullName: string): PersonRef => ({ id, username, fullName });

export const unitRef = (unit: UnitRef): UnitRef => ({ code: unit.code, name: unit.name, type: unit.type });

type Recorder = { recorderId: string; recorderUsername: string; recorderName: string };

export type MeetingRow = Omit<MeetingDto, 'recordedBy' | 'recordedAt'> & Recorder & { recordedAt: Date };

export function toMeetingDto({ recorderId, recorderUsername, recorderName, recordedAt, ...meeting }: MeetingRow): MeetingDto {
  return { ...meeting, recordedBy: person(recorderId, recorderUsername, recorderName), recordedAt: recordedAt.toISOString() };
}

export type PostingRow = Omit<PostingDto, 'startedBy'> & Recorder;

export function toPostingDto({ recorderId, recorderUsername, recorderName, ...posting }: PostingRow): PostingDto {
  return { ...posting, startedBy: person(recorderId, recorderUsername, recorderName) };
}

export type ComplaintRow = Recorder & {
  id: string;
  householdId: string;
  code: string;
  headName: string;
  content: string;
  receivedOn: string;
  recordedAt: Date;
  responseId: string | null;
  responseStatus: ResponseStatus | null;
  classAtComplaint: PovertyClass | null;
  resolution: string | null;
  resolvedOn: string | null;
  resolverId: string | null;
  resolverUsername: string | null;
  resolverName: string | null;
  classAfter: PovertyClass | null;
  rechecked: boolean | null;
};

export function toComplaintDto(row: ComplaintRow): ComplaintDto {
  return {
    id: row.id,
    household: { id: row.householdId, code: row.code, headName: row.headName },
    content: row.content,
    receivedOn: row.receivedOn,
    recordedBy: person(row.recorderId, row.recorderUsername, row.recorderName),
    recordedAt: row.recordedAt.toISOString(),
    responseId: row.responseId,
    responseStatus: row.responseStatus,
    classAtComplaint: row.classAtComplaint,
    resolution: row.resolution,
    resolvedOn: row.resolvedOn,
    resolvedBy: row.resolverId ? person(row.resolverId, row.resolverUsername!, row.resolverName!) : null,
    classAfter: row.classAfter,
    rechecked: row.rechecked,
  };
}

export type DecisionRow = Recorder & {
  id: string;
  campaignId: string;
  year: number;
  decisionNumber: string;
  decidedOn: string;
  recordedAt: Date;
  households: number;
};

export function toRecognitionDto(row: DecisionRow, commune: UnitRef, counts: Record<RecognitionList, number>): RecognitionDto {
  return {
    id: row.id,
    campaignId: row.campaignId,
    commune: unitRef(commune),
    year: row.year,
    decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn,
    decidedBy: person(row.recorderId, row.recorderUsername, row.recorderName),
    recordedAt: row.recordedAt.toISOString(),
    households: row.households,
    counts,
  };
}
