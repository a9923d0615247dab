import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Account } from '../../accounts/entities/account.entity';
import { AdministrativeUnit } from '../../units/entities/administrative-unit.entity';

/** A province's own settings of the review procedure; without a row the shared defaults apply. */
@Entity('poverty_review_setting')
@Check('chk_poverty_review_setting_posting', `"posting_working_days" >= 1 AND "posting_working_days" <= 30`)
@Index('uq_poverty_review_setting_province', ['provinceCode'], { unique: true })
export class PovertyReviewSetting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_poverty_review_setting' })
  id: string;

  @Column({ name: 'province_code', type: 'varchar', length: 32 })
  provinceCode: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'fk_poverty_review_setting_province' })
  province?: AdministrativeUnit;

  @Column({ name: 'posting_working_days', type: 'smallint' })
  postingWorkingDays: number;

  @Column({ name: 'district_opinion', type: 'boolean' })
  districtOpinion: boolean;

  @Column({ name: 'exclude_social_protection', type: 'boolean' })
  excludeSocialProtection: boolean;

  @Column({ name: 'exclude_impoverished_by_shock', type: 'boolean' })
  excludeImpoverishedByShock: boolean;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_poverty_review_setting_updater' })
  updater?: Account;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
