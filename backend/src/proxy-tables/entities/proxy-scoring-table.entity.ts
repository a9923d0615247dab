import type { ProxyTableContent, RuleStatus } from '@ntm/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** One saved version of a scope's B1 scoring table (national "VN" or a province); never updated,
 * a change is a new version. The content is checked by the shared `proxyTableProblems`. */
@Entity('proxy_scoring_table')
@Check('chk_proxy_scoring_table_status', `"status" IN ('verified', 'to_confirm')`)
@Check('chk_proxy_scoring_table_version', `"version" >= 1`)
@Index('uq_proxy_scoring_table_version', ['scopeCode', 'version'], { unique: true })
export class ProxyScoringTableVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_proxy_scoring_table' })
  id: string;

  @Column({ name: 'scope_code', type: 'varchar', length: 32 })
  scopeCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_code', foreignKeyConstraintName: 'fk_proxy_scoring_table_scope' })
  scope?: AdministrativeUnit;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 10 })
  status: RuleStatus;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ type: 'jsonb' })
  content: ProxyTableContent;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_proxy_scoring_table_creator' })
  creator?: Account;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
