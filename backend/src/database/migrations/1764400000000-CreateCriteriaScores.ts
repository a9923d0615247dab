import type { MigrationInterface, QueryRunner } from 'typeorm';

const FK_UNIT = (table: string, column = 'unit_code', onDelete = 'CASCADE') =>
  `CONSTRAINT "fk_${table}_unit" FOREIGN KEY ("${column}") REFERENCES "administrative_unit"("code") ON DELETE ${onDelete}`;
const FK_ACCOUNT = (table: string, column: string, role: string) =>
  `CONSTRAINT "fk_${table}_${role}" FOREIGN KEY ("${column}") REFERENCES "account"("id") ON DELETE RESTRICT`;
const STATES = `('met', 'not_met', 'no_data')`;
const LEVELS = `('none', 'ntm', 'advanced', 'model')`;

/** Commune criteria scores (issue 6): what provinces set (thresholds, own sets, targets, closed
 * years), what agencies enter (manual values with evidence), and the yearly evaluations computed
 * from them and from the finalised campaigns. */
export class CreateCriteriaScores1764400000000 implements MigrationInterface {
  name = 'CreateCriteriaScores1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await this.createProvinceData(q);
    await this.createManualValues(q);
    await this.createEvaluations(q);
  }

  private async createProvinceData(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "criteria_threshold" (
        "province_code" varchar(32) NOT NULL,
        "set_id" varchar(60) NOT NULL,
        "indicator_id" varchar(20) NOT NULL,
        "column" varchar(10) NOT NULL,
        "from_year" smallint NOT NULL,
        "value" jsonb NOT NULL,
        "note" text NOT NULL,
        "set_by" uuid NOT NULL,
        "set_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_criteria_threshold" PRIMARY KEY ("province_code", "set_id", "indicator_id", "column", "from_year"),
        ${FK_UNIT('criteria_threshold', 'province_code', 'RESTRICT')},
        ${FK_ACCOUNT('criteria_threshold', 'set_by', 'setter')}
      )`);
    await q.query(`
      CREATE TABLE "criteria_province_set" (
        "id" varchar(60) NOT NULL,
        "version" integer NOT NULL,
        "province_code" varchar(32) NOT NULL,
        "definition" jsonb NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_criteria_province_set_version" CHECK ("version" >= 1),
        CONSTRAINT "PK_criteria_province_set" PRIMARY KEY ("id", "version"),
        ${FK_UNIT('criteria_province_set', 'province_code', 'RESTRICT')},
        ${FK_ACCOUNT('criteria_province_set', 'created_by', 'creator')}
      )`);
    await q.query(`CREATE INDEX "idx_criteria_province_set_province" ON "criteria_province_set" ("province_code")`);
    await q.query(`
      CREATE TABLE "criteria_target" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "unit_code" varchar(32) NOT NULL,
        "set_id" varchar(60) NOT NULL,
        "label" varchar(300) NOT NULL,
        "metric" varchar(30) NOT NULL,
        "parameter" varchar(20),
        "from_year" smallint NOT NULL,
        "to_year" smallint NOT NULL,
        "baseline" numeric(8,2),
        "target" numeric(8,2) NOT NULL,
        "updated_by" uuid NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_criteria_target_metric" CHECK ("metric" IN ('communes_at_level', 'average_criteria_met', 'communes_below_criteria', 'communes_meeting_criterion', 'villages_at_level')),
        CONSTRAINT "chk_criteria_target_years" CHECK ("from_year" <= "to_year"),
        CONSTRAINT "PK_criteria_target" PRIMARY KEY ("id"),
        ${FK_UNIT('criteria_target', 'unit_code', 'RESTRICT')},
        ${FK_ACCOUNT('criteria_target', 'updated_by', 'editor')}
      )`);
    await q.query(`CREATE INDEX "idx_criteria_target_unit" ON "criteria_target" ("unit_code", "set_id")`);
    await q.query(`
      CREATE TABLE "criteria_closed_year" (
        "province_code" varchar(32) NOT NULL,
        "year" smallint NOT NULL,
        "closed_by" uuid NOT NULL,
        "closed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_criteria_closed_year" PRIMARY KEY ("province_code", "year"),
        ${FK_UNIT('criteria_closed_year', 'province_code', 'RESTRICT')},
        ${FK_ACCOUNT('criteria_closed_year', 'closed_by', 'closer')}
      )`);
  }

  private async createManualValues(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "criteria_evidence" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "unit_code" varchar(32) NOT NULL,
        "name" varchar(255) NOT NULL,
        "mime" varchar(100) NOT NULL,
        "size" integer NOT NULL,
        "content" bytea NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "uploaded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_criteria_evidence_size" CHECK ("size" >= 0 AND "size" <= 10485760),
        CONSTRAINT "PK_criteria_evidence" PRIMARY KEY ("id"),
        ${FK_UNIT('criteria_evidence', 'unit_code', 'RESTRICT')},
        ${FK_ACCOUNT('criteria_evidence', 'uploaded_by', 'uploader')}
      )`);
    await q.query(`
      CREATE TABLE "criteria_manual_value" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "unit_code" varchar(32) NOT NULL,
        "set_id" varchar(60) NOT NULL,
        "indicator_id" varchar(20) NOT NULL,
        "year" smallint NOT NULL,
        "value" jsonb NOT NULL,
        "note" text NOT NULL,
        "evidence_date" date NOT NULL,
        "evidence_url" varchar(1000),
        "evidence_file_id" uuid,
        "entered_by" uuid NOT NULL,
        "entered_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_criteria_manual_value" PRIMARY KEY ("id"),
        ${FK_UNIT('criteria_manual_value', 'unit_code', 'RESTRICT')},
        CONSTRAINT "fk_criteria_manual_value_evidence" FOREIGN KEY ("evidence_file_id") REFERENCES "criteria_evidence"("id") ON DELETE RESTRICT,
        ${FK_ACCOUNT('criteria_manual_value', 'entered_by', 'enterer')}
      )`);
    await q.query(`CREATE INDEX "idx_criteria_manual_value_key" ON "criteria_manual_value" ("unit_code", "set_id", "indicator_id", "year", "entered_at")`);
  }

  private async createEvaluations(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "criteria_evaluation" (
        "unit_code" varchar(32) NOT NULL,
        "set_id" varchar(60) NOT NULL,
        "year" smallint NOT NULL,
        "set_version" integer NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "column" varchar(10),
        "met" smallint NOT NULL,
        "not_met" smallint NOT NULL,
        "no_data" smallint NOT NULL,
        "total" smallint NOT NULL,
        "score" integer NOT NULL,
        "all_met" boolean NOT NULL,
        "level" varchar(10) NOT NULL,
        "ready" boolean NOT NULL,
        "states" jsonb NOT NULL,
        "poll_campaign_id" uuid,
        "frozen" boolean NOT NULL DEFAULT false,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_criteria_evaluation_level" CHECK ("level" IN ${LEVELS}),
        CONSTRAINT "PK_criteria_evaluation" PRIMARY KEY ("unit_code", "set_id", "year"),
        ${FK_UNIT('criteria_evaluation')},
        CONSTRAINT "fk_criteria_evaluation_poll" FOREIGN KEY ("poll_campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "idx_criteria_evaluation_path" ON "criteria_evaluation" ("set_id", "year", "unit_path")`);
    await q.query(`
      CREATE TABLE "criteria_indicator_result" (
        "unit_code" varchar(32) NOT NULL,
        "set_id" varchar(60) NOT NULL,
        "year" smallint NOT NULL,
        "indicator_id" varchar(20) NOT NULL,
        "criterion" smallint NOT NULL,
        "value" jsonb,
        "threshold" jsonb,
        "state" varchar(8) NOT NULL,
        "source" jsonb NOT NULL,
        "campaign_id" uuid,
        "manual_value_id" uuid,
        CONSTRAINT "chk_criteria_indicator_result_state" CHECK ("state" IN ${STATES}),
        CONSTRAINT "PK_criteria_indicator_result" PRIMARY KEY ("unit_code", "set_id", "year", "indicator_id"),
        CONSTRAINT "fk_criteria_indicator_result_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "idx_criteria_indicator_result_campaign" ON "criteria_indicator_result" ("campaign_id") WHERE "campaign_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['criteria_indicator_result', 'criteria_evaluation', 'criteria_manual_value', 'criteria_evidence', 'criteria_closed_year', 'criteria_target', 'criteria_province_set', 'criteria_threshold']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
