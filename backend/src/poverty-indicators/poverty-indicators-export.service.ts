import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { exclusionRuleLabelVi, indicatorIdsOf, movementKeysOf } from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors/domain-error';
import { subtreePattern } from '../common/sql/escape-like';
import { withQueryStream } from '../common/export/query-stream';
import { toCells, writeXlsx } from '../common/export/xlsx-stream';
import type { CampaignUnitQueryDto } from './dto/poverty-indicators-query.dto';
import { type IndicatorRow, toIndicatorRowDto } from './poverty-indicators.mapper';
import { INDICATOR_ROW_SELECT, PovertyIndicatorsService } from './poverty-indicators.service';
import { type Cell, summaryColumns } from './summary-columns';

/** The summary report by unit: one row per unit of the subtree, streamed from a database cursor. */
@Injectable()
export class PovertyIndicatorsExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: PovertyIndicatorsService,
  ) {}

  async export(user: AuthUser, query: CampaignUnitQueryDto, res: Response): Promise<void> {
    const { campaign, unit } = await this.indicators.target(user, query);
    const rule = await this.indicators.ruleFor(unit.path, {});
    const [top]: IndicatorRow[] = await this.dataSource.query(`${INDICATOR_ROW_SELECT} WHERE p.campaign_id = $1 AND p.unit_code = $2`, [campaign.id, unit.code]);
    if (!top) throw notFound('Indicators of this unit in this campaign');
    const columns = summaryColumns(indicatorIdsOf({ deprived: top.deprived, unknownIndicators: top.unknown_indicators }), movementKeysOf(top.movements));
    const about: Cell[][] = [
      ['Đợt rà soát', campaign.name],
      ['Đơn vị', `${unit.name} (${unit.code})`],
      ['Quy tắc loại trừ theo tiêu chí NTM', exclusionRuleLabelVi(rule)],
      ['Cách tính', 'Tỷ lệ trên tổng số hộ đang cư trú trong sổ hộ; chỉ tính phiếu đã duyệt. Hộ bị loại trừ chỉ không tính ở tử số.'],
      ['Số liệu', top.frozen ? 'Đã chốt cùng đợt rà soát' : 'Đang cập nhật'],
      ['Tính lúc', top.computed_at.toISOString()],
    ];
    const sql = `${INDICATOR_ROW_SELECT} WHERE p.campaign_id = $1 AND p.unit_path LIKE $2 ORDER BY p.unit_path`;
    await withQueryStream(this.dataSource, async (open) => {
      res.attachment(`chi-tieu-ngheo-${campaign.year}-${unit.code}.xlsx`);
      const cellsOf = (row: IndicatorRow) => {
        const dto = toIndicatorRowDto(row, rule);
        return columns.map((column) => column.value(dto));
      };
      await writeXlsx(res, [
        { name: 'Tổng hợp theo đơn vị', header: columns.map((c) => c.header), rows: async () => toCells(await open<IndicatorRow>(sql, [campaign.id, subtreePattern(unit.path)]), cellsOf) },
        { name: 'Thông tin', header: ['Mục', 'Nội dung'], rows: async () => about },
      ]);
    });
  }
}
