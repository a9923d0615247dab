import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneLevel, IndicatorState } from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { withQueryStream } from '../../common/export/query-stream';
import { toCells, writeXlsx } from '../../common/export/xlsx-stream';
import { subtreePattern } from '../../common/sql/escape-like';
import type { UnitSetYearQueryDto } from '../dto/criteria-query.dto';
import { DashboardService } from '../reads/dashboard.service';
import { UnitPageService } from '../reads/unit-page.service';
import { levelVi, noDataCell, originCell, sourceCell, stateVi, thresholdCell, valueCell, yesNoVi } from './export-cells';

const GRID_ROWS = `
  SELECT e.unit_code, u.name, e.states, e.met, e.total, e.score, e.level, e.ready
    FROM criteria_evaluation e JOIN administrative_unit u ON u.code = e.unit_code
   WHERE e.set_id = $1 AND e.year = $2 AND e.unit_path LIKE $3 ORDER BY e.unit_path`;

type GridRow = { unit_code: string; name: string; states: IndicatorState[]; met: number; total: number; score: number; level: CommuneLevel; ready: boolean };

/** The downloads: a commune's criteria table and a province's summary (xlsx, streamed). */
@Injectable()
export class CriteriaExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const gridCells = (row: GridRow) => [row.unit_code, row.name, ...row.states.map(stateVi), row.met, row.score / 100, levelVi(row.level), yesNoVi(row.ready)];
    const targets = dashboard.targets.map((t) => [t.label, t.baseline, t.target, t.outOf, t.actual.find((a) => a.year === dashboard.year)?.value ?? null, t.actual.map((a) => `${a.year}: ${a.value ?? '—'}`).join('; ')]);
    const criteria = dashboard.criteria.map((c) => [c.number, c.name, c.met, c.notMet, c.noData]);
    await withQueryStream(this.dataSource, async (open) => {
      res.attachment(`tong-hop-tieu-chi-${dashboard.unit.code}-${dashboard.set.id}-${dashboard.year}.xlsx`);
      await writeXlsx(res, [
        {
          name: 'Xã × tiêu chí',
          header: ['Mã', 'Tên', ...numbers, 'Số tiêu chí đạt', 'Tỷ lệ (%)', 'Mức đạt', 'Đủ điều kiện xét công nhận'],
          rows: async () => toCells(await open<GridRow>(GRID_ROWS, [dashboard.set.id, dashboard.year, subtreePattern(await this.pathOf(dashboard.unit.code))]), gridCells),
        },
        { name: 'Mục tiêu', header: ['Mục tiêu', 'Xuất phát', 'Chỉ tiêu', 'Trên tổng số', `Thực hiện ${dashboard.year}`, 'Theo năm'], rows: async () => targets },
        { name: 'Theo tiêu chí', header: ['Tiêu chí', 'Tên', 'Đạt', 'Chưa đạt', 'Chưa có số liệu'], rows: async () => criteria },
      ]);
    });
  }

  private async pathOf(code: string): Promise<string> {
    const [{ path }]: { path: string }[] = await this.dataSource.query(`SELECT path FROM administrative_unit WHERE code = $1`, [code]);
    return path;
  }
}
