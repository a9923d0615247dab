import type { MigrationInterface, QueryRunner } from 'typeorm';

const CLASSES = `'poor', 'near_poor', 'average', 'not_poor', 'screened_out', 'incomplete'`;

export class CreateHouseholdAssessments1764100000000 implements MigrationInterface {
  name = 'CreateHouseholdAssessments1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "household_assessment" (
        "response_id" uuid NOT NULL,
        "campaign_id" uuid NOT NULL,
        "household_id" uuid NOT NULL,
        "village_code" varchar(32) NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "standard_id" varchar(24) NOT NULL,
        "poverty_class" varchar(14) NOT NULL,
        "deprived" varchar(40)[] NOT NULL DEFAULT '{}',
        "unknown_indicators" varchar(40)[] NOT NULL DEFAULT '{}',
        "members" smallint NOT NULL,
        "income_method" varchar(10),
        "income_yearly" bigint,
        "durable_housing" boolean,
        "clean_water" boolean,
        "hygienic_latrine" boolean,
        "all_insured" boolean,
        "internet_use" boolean,
        "social_protection" boolean,
        "impoverished_by_shock" boolean,
        "detail" jsonb NOT NULL,
        "assessed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_household_assessment_class" CHECK ("poverty_class" IN (${CLASSES})),
        CONSTRAINT "PK_household_assessment" PRIMARY KEY ("response_id"),
        CONSTRAINT "fk_household_assessment_response" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_household_assessment_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_household_assessment_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_household_assessment_household" ON "household_assessment" ("campaign_id", "household_id")`);
    await q.query(`CREATE INDEX "idx_household_assessment_path" ON "household_assessment" ("campaign_id", "unit_path")`);
    await q.query(`
      CREATE TABLE "household_recognition" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "household_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "campaign_id" uuid,
        "village_code" varchar(32) NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "poverty_class" varchar(14) NOT NULL,
        "previous_class" varchar(14),
        "movement" varchar(24),
        "source" varchar(10) NOT NULL,
        "recognised_on" date NOT NULL,
        CONSTRAINT "chk_household_recognition_class" CHECK ("poverty_class" IN (${CLASSES})),
        CONSTRAINT "chk_household_recognition_source" CHECK ("source" IN ('campaign', 'imported')),
        CONSTRAINT "PK_household_recognition" PRIMARY KEY ("id"),
        CONSTRAINT "fk_household_recognition_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_household_recognition_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_household_recognition_year" ON "household_recognition" ("household_id", "year")`);
    await q.query(`CREATE INDEX "idx_household_recognition_path" ON "household_recognition" ("year", "unit_path")`);
    await q.query(`CREATE INDEX "idx_household_recognition_campaign" ON "household_recognition" ("campaign_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "household_recognition"`);
    await q.query(`DROP TABLE "household_assessment"`);
  }
}
