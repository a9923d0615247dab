import type { MigrationInterface, QueryRunner } from 'typeorm';

const EXCLUSIONS = ['poor', 'near_poor'].flatMap((c) => [`${c}_social_protection`, `${c}_by_shock`, `${c}_both_exclusions`]);
const FACTS = ['durable_housing', 'clean_water', 'hygienic_latrine', 'all_insured', 'internet_use'].flatMap((f) => [`${f}_yes`, `${f}_known`]);
const COUNTS = ['households', 'reviewed', 'poor', 'near_poor', 'average', 'not_poor', 'screened_out', 'incomplete', ...EXCLUSIONS, 'income_households', 'income_members', ...FACTS];

export class CreatePovertyIndicators1764180000000 implements MigrationInterface {
  name = 'CreatePovertyIndicators1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poverty_indicator" (
        "campaign_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "parent_code" varchar(32),
        "is_village" boolean NOT NULL,
        ${COUNTS.map((column) => `"${column}" integer NOT NULL,`).join('\n        ')}
        "income_sum" bigint NOT NULL,
        "deprived" jsonb NOT NULL,
        "unknown_indicators" jsonb NOT NULL,
        "movements" jsonb NOT NULL,
        "frozen" boolean NOT NULL DEFAULT false,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_poverty_indicator" PRIMARY KEY ("campaign_id", "unit_code"),
        CONSTRAINT "fk_poverty_indicator_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_poverty_indicator_unit" FOREIGN KEY ("unit_code") REFERENCES "administrative_unit"("code") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_poverty_indicator_path" ON "poverty_indicator" ("campaign_id", "unit_path")`);
    await q.query(`CREATE INDEX "idx_poverty_indicator_parent" ON "poverty_indicator" ("campaign_id", "parent_code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "poverty_indicator"`);
  }
}
