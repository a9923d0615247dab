import type { IncomeUsed, TraceLine } from '../assessment';
import type { MeasuredIncomeFacts, ProxyIncomeFacts } from '../facts';
import { formatDong, groupDigits, lowerFirst } from '../format-vi';
import type { IndicatorInput } from '../indicators/indicator';
import type { PovertyStandard } from '../standard';
import { type BandLimitKey, type BandStep, type IncomeBand, incomeBand, monthlyLimits } from './income-band';
import { netYearlyIncome, perPersonMonthly, withinMonthlyLine } from './measured-income';
import { proxyFactsOf } from './proxy-facts';
import { type ProxyScoringTable, scoreProxy } from './proxy-score';

/** The income used, its band against the standard's lines (null = unknown) and how it was reached. */
export type IncomeVerdict = { readonly used: IncomeUsed | null; readonly band: IncomeBand | null; readonly trace: TraceLine[] };

const LIMIT_LABELS: Readonly<Record<BandLimitKey, string>> = {
  incomeOnlyPoor: 'mức thu nhập của hộ nghèo không xét thiếu hụt',
  line: 'chuẩn nghèo',
  averageUpper: 'mức trên của hộ có mức sống trung bình',
};

const unknownIncome = (reason: string): IncomeVerdict => ({
  used: null,
  band: null,
  trace: [{ rule: 'income', value: null, threshold: null, outcome: 'unknown', text: `Thu nhập: ${reason}` }],
});

export function assessIncome(input: IndicatorInput, standard: PovertyStandard, proxyTable: ProxyScoringTable): IncomeVerdict {
  const { income } = input.household;
  if (input.members.length === 0) return unknownIncome('hộ chưa có thành viên nào trong danh sách.');
  if (income === null) return unknownIncome('chưa chọn cách xác định thu nhập.');
  return income.method === 'measured' ? assessMeasured(input, standard, income) : assessProxy(input, standard, income, proxyTable);
}

function assessMeasured(input: IndicatorInput, standard: PovertyStandard, income: MeasuredIncomeFacts): IncomeVerdict {
  const total = netYearlyIncome(income);
  if (total === null) return unknownIncome('thiếu số liệu theo nguồn hoặc chi phí sản xuất, hoặc số liệu không phải số nguyên đồng không âm.');
  const members = input.members.length;
  const { band, steps } = incomeBand(monthlyLimits(standard.lines, input.household.area), (limit) => withinMonthlyLine(total, members, limit));
  const monthly = perPersonMonthly(total, members);
  const trace: TraceLine[] = steps.map((step) => {
    const threshold = step.limit * members * 12;
    const text = `Thu nhập 12 tháng ${formatDong(total)} ${step.within ? '≤' : '>'} ${LIMIT_LABELS[step.key]} ${groupDigits(step.limit)} × ${members} người × 12 tháng = ${formatDong(threshold)}.`;
    return { rule: `income.${step.key}`, value: total, threshold, outcome: outcomeOf(step), text };
  });
  trace.push({ rule: 'income.per_person', value: monthly, threshold: null, outcome: band, text: `Thu nhập bình quân khoảng ${formatDong(monthly)}/người/tháng (làm tròn để hiển thị).` });
  return { used: { method: 'measured', members, totalYearly: total, perPersonMonthly: monthly }, band, trace };
}

function assessProxy(input: IndicatorInput, standard: PovertyStandard, income: ProxyIncomeFacts, table: ProxyScoringTable): IncomeVerdict {
  if (!table.standards.includes(standard.id)) return unknownIncome(`bảng điểm B1 "${table.title}" không dùng cho ${lowerFirst(standard.title)}.`);
  const { area } = input.household;
  const { score, missing } = scoreProxy(table, area, proxyFactsOf(input, income));
  if (score === null) return unknownIncome(`chưa đủ thông tin để chấm điểm B1 (${missing.join(', ')}).`);
  const { band, steps } = incomeBand(table.thresholds[area], (limit) => score <= limit);
  const version = table.version === undefined ? '' : ` phiên bản ${table.version}`;
  const source = `bảng "${table.title}"${version}${table.status === 'to_confirm' ? ', chưa xác nhận' : ''}`;
  const trace = steps.map((step) => ({
    rule: `income.proxy.${step.key}`,
    value: score,
    threshold: step.limit,
    outcome: outcomeOf(step),
    text: `Điểm B1 ${groupDigits(score)} ${step.within ? '≤' : '>'} ngưỡng ${LIMIT_LABELS[step.key]} ${groupDigits(step.limit)} điểm (${source}).`,
  }));
  return { used: { method: 'proxy', members: input.members.length, totalYearly: null, perPersonMonthly: null, score, tableId: table.id, tableVersion: table.version ?? null }, band, trace };
}

const outcomeOf = (step: BandStep) => (step.within ? 'within' : 'above');
