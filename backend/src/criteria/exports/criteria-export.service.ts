import { Injectable } from '@nestjs/common';
import { type GridRow, roundedRatio } from '@ntm/shared';
import type { Response } from 'express';
import type { AuthUser } from '../../auth/auth-user';
import { writeXlsx } from '../../common/export/xlsx-stream';
import type { UnitSetYearQueryDto } from '../dto/criteria-query.dto';
import { DashboardService } from '../reads/dashboard.service';
import { UnitPageService } from '../reads/unit-page.service';
import { levelVi, noDataCell, originCell, sourceCell, stateVi, thresholdCell, valueCell, yesNoVi } from './export-cells';

/** The downloads: a commune's criteria table and a province's summary (xlsx, streamed). */
@Injectable()
export class CriteriaExporter {
  constructor(
    private readonly pages: UnitPageService,
    private readonly dashboards: DashboardService,
  ) {}

  async communeTable(user: AuthUser, code: string, query: UnitSetYearQueryDto, res: Response): Promise<void> {
    const page = await this.pages.page(user, code, query);
    const rows = page.criteria.flatMap((criterion) =>
      criterion.indicators.map((view) => [
        `${criterion.number}. ${criterion.name}`,
        `${view.indicator.id} ${view.indicator.name}`,
        valueCell(view.value),
        view.indicator.unit,
        thresholdCell(view),
        originCell(view),
        stateVi(view.state),
        noDataCell(view),
        sourceCell(view.source, view.manual),
      ]),
    );
    res.attachment(`tieu-chi-${page.unit.code}-${page.set.id}-${page.year}.xlsx`);
    await writeXlsx(res, [
      { name: 'Tiêu chí', header: ['Tiêu chí', 'Chỉ tiêu', 'Giá trị', 'Đơn vị', 'Ngưỡng', 'Ngưỡng của', 'Đánh giá', 'Lý do chưa có số liệu', 'Nguồn số liệu'], rows: async () => rows },
      {
        name: 'Thông tin',
        header: ['Mục', 'Nội dung'],
        rows: async () => [
          ['Đơn vị', `${page.unit.name} (${page.unit.code})`],
          ['Bộ tiêu chí', `${page.set.name} (${page.set.id})`],
          ['Năm', page.year],
          ['Số tiêu chí đạt', `${page.score.met}/${page.score.total}`],
          ['Mức đạt', levelVi(page.level)],
          ['Đủ điều kiện xét công nhận', yesNoVi(page.readyForRecognition)],
          ['Tính lúc', page.computedAt],
        ],
      },
    ]);
  }

  async provinceSummary(user: AuthUser, query: UnitSetYearQueryDto, res: Response): Promise<void> {
    const dashboard = await this.dashboards.dashboard(user, query);
    const numbers = dashboard.criteria.map((c) => `TC ${c.number}`);
    // The score as stored: met / total in hundredths of a percent, half-up (the evaluator's), here in percent.
    const gridCells = (row: GridRow) => [row.unit.code, row.unit.name, ...row.states.map(stateVi), row.met, (roundedRatio(row.met * 10_000, row.total, 0) ?? 0) / 100, levelVi(row.level), yesNoVi(row.readyForRecognition)];
    const targets = dashboard.targets.map((t) => [t.label, t.baseline, t.target, t.outOf, t.actual.find((a) => a.year === dashboard.year)?.value ?? null, t.actual.map((a) => `${a.year}: ${a.value ?? '—'}`).join('; ')]);
    const criteria = dashboard.criteria.map((c) => [c.number, c.name, c.met, c.notMet, c.noData]);
    res.attachment(`tong-hop-tieu-chi-${dashboard.unit.code}-${dashboard.set.id}-${dashboard.year}.xlsx`);
    await writeXlsx(res, [
      {
        name: 'Xã × tiêu chí',
        header: ['Mã', 'Tên', ...numbers, 'Số tiêu chí đạt', 'Tỷ lệ (%)', 'Mức đạt', 'Đủ điều kiện xét công nhận'],
        rows: async () => dashboard.grid.map(gridCells),
      },
      { name: 'Mục tiêu', header: ['Mục tiêu', 'Xuất phát', 'Chỉ tiêu', 'Trên tổng số', `Thực hiện ${dashboard.year}`, 'Theo năm'], rows: async () => targets },
      { name: 'Theo tiêu chí', header: ['Tiêu chí', 'Tên', 'Đạt', 'Chưa đạt', 'Chưa có số liệu'], rows: async () => criteria },
    ]);
  }
}
