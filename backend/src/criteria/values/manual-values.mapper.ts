import type { ManualValueDto } from '@ntm/shared';

/** A manual value as the history query returns it (with its evidence file and who entered it). */
export type ManualValueRow = {
  id: string;
  unit_code: string;
  set_id: string;
  indicator_id: string;
  year: number;
  value: number | boolean;
  note: string;
  evidence_date: string;
  evidence_url: string | null;
  file_id: string | null;
  file_name: string | null;
  file_size: number | null;
  entered_by: string;
  entered_at: Date;
};

export const MANUAL_VALUE_SELECT = `
  SELECT m.id, m.unit_code, m.set_id, m.indicator_id, m.year, m.value, m.note, to_char(m.evidence_date, 'YYYY-MM-DD') AS evidence_date,
         m.evidence_url, f.id AS file_id, f.name AS file_name, f.size AS file_size, a.full_name AS entered_by, m.entered_at
    FROM criteria_manual_value m JOIN account a ON a.id = m.entered_by LEFT JOIN criteria_evidence f ON f.id = m.evidence_file_id`;

export function toManualValueDto(row: ManualValueRow): ManualValueDto {
  return {
    id: row.id,
    unitCode: row.unit_code,
    setId: row.set_id,
    indicatorId: row.indicator_id,
    year: row.year,
    value: row.value,
    note: row.note,
    evidenceDate: row.evidence_date,
    evidenceUrl: row.evidence_url,
    evidenceFile: row.file_id ? { id: row.file_id, name: row.file_name!, size: row.file_size! } : null,
    enteredBy: row.entered_by,
    enteredAt: row.entered_at.toISOString(),
  };
}
