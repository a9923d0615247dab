import {
  describeCoverageRule,
  describePassRule,
  formatPercent,
  POLL_VERDICT_LABELS_VI,
  type PollResults,
  type PollUnitResult,
  vietnamToday,
} from '@ntm/shared';
import { invalid } from '../common/errors/domain-error';

/** What a report prints, as text cells: the xlsx and the HTML renderers only lay it out. */
export type PollReport = {
  fileName: string;
  title: string;
  subtitle: string;
  /** Label and value lines: legal basis, rules applied, dates. */
  facts: [string, string][];
  summary: { headers: string[]; rows: string[][] };
  items: { headers: string[]; rows: string[][] };
  units: { headers: string[]; rows: string[][] } | null;
  verdict: string;
};

const percent = (hundredths: number | null) => (hundredths === null ? '—' : formatPercent(hundredths));
const number = (value: number | null) => (value === null ? 'Chưa có' : String(value));
const UNIT_HEADERS = ['Đơn vị', 'Số hộ', 'Số phiếu thu về', 'Tỷ lệ tham gia (%)', 'Kết quả'];

/** The village sheet (for posting at the cultural house) or the commune / poll report. */
export function buildPollReport(results: PollResults, pollName: string, unitCode: string | undefined): PollReport {
  const { result, below } = pick(results, unitCode);
  const isVillage = result.level === 'village';
  const place = result.level === 'poll' ? pollName : `${isVillage ? 'thôn' : 'xã'} ${result.unit.name}`;
  const status = results.frozen ? `Đã chốt số liệu ngày ${results.frozenAt!.slice(0, 10)}` : `Số liệu tạm tính đến ngày ${vietnamToday()}`;
  return {
    fileName: `ket-qua-lay-y-kien-${result.unit.code === '*' ? 'toan-dot' : result.unit.code}`,
    title: `KẾT QUẢ LẤY Ý KIẾN SỰ HÀI LÒNG CỦA NGƯỜI DÂN ${isVillage ? 'THÔN' : result.level === 'commune' ? 'XÃ' : ''} ${result.level === 'poll' ? '' : result.unit.name.toUpperCase()}`.replace(/\s+/g, ' ').trim(),
    subtitle: pollName,
    facts: [
      ['Căn cứ', results.rules.legalBasis],
      ['Điều kiện hợp lệ', describeCoverageRule(results.rules)],
      ['Điều kiện đạt', describePassRule(results.rules.passRule)],
      ['Tình trạng số liệu', status],
    ],
    summary: {
      headers: ['Số hộ', 'Số phiếu thu về', 'Tỷ lệ tham gia (%)', 'Bình quân (%)', 'Kết quả'],
      rows: [[number(result.households), String(result.returned), percent(result.coverage), percent(result.average), POLL_VERDICT_LABELS_VI[result.verdict]]],
    },
    items: {
      headers: ['TT', 'Nội dung lấy ý kiến', 'Hài lòng', 'Không hài lòng', 'Không trả lời', 'Tỷ lệ hài lòng (%)', 'Đánh giá'],
      rows: result.items.map((item, i) => [
        String(i + 1),
        results.items.find((it) => it.name === item.name)?.title ?? item.name,
        String(item.satisfied),
        String(item.notSatisfied),
        String(item.unanswered),
        percent(item.rate),
        item.passed === null ? '' : item.passed ? 'Đạt' : 'Chưa đạt',
      ]),
    },
    units: below.length ? { headers: UNIT_HEADERS, rows: below.map((u) => [u.unit.name, number(u.households), String(u.returned), percent(u.coverage), POLL_VERDICT_LABELS_VI[u.verdict]]) } : null,
    verdict: `Kết quả chung của ${place}: ${POLL_VERDICT_LABELS_VI[result.verdict].toUpperCase()}${result.coverageMet ? '' : ' (tỷ lệ hộ tham gia chưa đạt mức tối thiểu)'}`,
  };
}

/** The unit asked for, and the units it sums (villages of a commune, communes of the poll). */
function pick(results: PollResults, unitCode: string | undefined): { result: PollUnitResult; below: PollUnitResult[] } {
  const villagesOf = (commune: string) => results.villages.filter((v) => v.parentCode === commune);
  if (!unitCode) {
    if (results.communes.length === 1) return { result: results.communes[0]!, below: villagesOf(results.communes[0]!.unit.code) };
    return { result: results.total, below: results.communes };
  }
  const village = results.villages.find((v) => v.unit.code === unitCode);
  if (village) return { result: village, below: [] };
  const commune = results.communes.find((c) => c.unit.code === unitCode);
  if (commune) return { result: commune, below: villagesOf(unitCode) };
  throw invalid('unitCode', 'is not a village or commune of this poll in your scope');
}
