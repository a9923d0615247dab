import type { MigrationInterface, QueryRunner } from 'typeorm';

const FK_CAMPAIGN = (table: string) => `CONSTRAINT "fk_${table}_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE`;
const FK_VILLAGE = (table: string) => `CONSTRAINT "fk_${table}_village" FOREIGN KEY ("village_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT`;
const FK_ACCOUNT = (table: string, column: string, role: string) =>
  `CONSTRAINT "fk_${table}_${role}" FOREIGN KEY ("${column}") REFERENCES "account"("id") ON DELETE RESTRICT`;

/** Residents' satisfaction polls (issue 5): rule sets, household numbers, paper batches, one-time
 * codes, the collection mode and batch of each form, and the results frozen at finalisation. */
export class CreateSatisfactionPolls1764200000000 implements MigrationInterface {
  name = 'CreateSatisfactionPolls1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await this.createRulesAndVillages(q);
    await this.createCollection(q);
    await this.createSnapshot(q);
  }

  private async createRulesAndVillages(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "satisfaction_poll_rule" (
        "campaign_id" uuid NOT NULL,
        "min_coverage" numeric(5,2) NOT NULL,
        "pass_rule" jsonb NOT NULL,
        "legal_basis" text NOT NULL,
        "window_working_days" smallint NOT NULL,
        "updated_by" uuid NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_satisfaction_poll_rule_coverage" CHECK ("min_coverage" >= 0 AND "min_coverage" <= 100),
        CONSTRAINT "chk_satisfaction_poll_rule_window" CHECK ("window_working_days" >= 1),
        CONSTRAINT "PK_satisfaction_poll_rule" PRIMARY KEY ("campaign_id"),
        ${FK_CAMPAIGN('satisfaction_poll_rule')},
        ${FK_ACCOUNT('satisfaction_poll_rule', 'updated_by', 'editor')}
      )`);
    await q.query(`
      CREATE TABLE "poll_village" (
        "campaign_id" uuid NOT NULL,
        "village_code" varchar(32) NOT NULL,
        "households" integer NOT NULL,
        "source" varchar(300) NOT NULL,
        "updated_by" uuid NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poll_village_households" CHECK ("households" >= 0),
        CONSTRAINT "PK_poll_village" PRIMARY KEY ("campaign_id", "village_code"),
        ${FK_CAMPAIGN('poll_village')},
        ${FK_VILLAGE('poll_village')},
        ${FK_ACCOUNT('poll_village', 'updated_by', 'editor')}
      )`);
  }

  private async createCollection(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poll_batch" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "village_code" varchar(32) NOT NULL,
        "label" varchar(100) NOT NULL,
        "mode" varchar(12) NOT NULL,
        "entered_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "voided_at" timestamptz,
        "voided_by" uuid,
        "void_reason" text,
        CONSTRAINT "chk_poll_batch_mode" CHECK ("mode" IN ('paper', 'meeting')),
        CONSTRAINT "chk_poll_batch_void" CHECK (("voided_at" IS NULL) = ("voided_by" IS NULL)),
        CONSTRAINT "PK_poll_batch" PRIMARY KEY ("id"),
        ${FK_CAMPAIGN('poll_batch')},
        ${FK_VILLAGE('poll_batch')},
        ${FK_ACCOUNT('poll_batch', 'entered_by', 'enterer')},
        ${FK_ACCOUNT('poll_batch', 'voided_by', 'voider')}
      )`);
    await q.query(`CREATE INDEX "idx_poll_batch_campaign_village" ON "poll_batch" ("campaign_id", "village_code")`);
    await q.query(`ALTER TABLE "survey_response" ADD "collection_mode" varchar(12), ADD "poll_batch_id" uuid`);
    await q.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "chk_survey_response_collection_mode" CHECK ("collection_mode" IN ('paper', 'door_to_door', 'meeting'))`);
    await q.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "fk_survey_response_poll_batch" FOREIGN KEY ("poll_batch_id") REFERENCES "poll_batch"("id") ON DELETE RESTRICT`,
    );
    await q.query(`CREATE INDEX "idx_survey_response_poll_batch" ON "survey_response" ("poll_batch_id")`);
    await q.query(`
      CREATE TABLE "poll_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "village_code" varchar(32) NOT NULL,
        "token_hash" varchar(64) NOT NULL,
        "issued_by" uuid NOT NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now(),
        "used_at" timestamptz,
        CONSTRAINT "PK_poll_token" PRIMARY KEY ("id"),
        ${FK_CAMPAIGN('poll_token')},
        ${FK_VILLAGE('poll_token')},
        ${FK_ACCOUNT('poll_token', 'issued_by', 'issuer')}
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_poll_token_hash" ON "poll_token" ("token_hash")`);
    await q.query(`CREATE INDEX "idx_poll_token_campaign_village" ON "poll_token" ("campaign_id", "village_code")`);
  }

  private async createSnapshot(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poll_result_unit" (
        "campaign_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "level" varchar(8) NOT NULL,
        "unit_name" varchar(300) NOT NULL,
        "parent_code" varchar(32),
        "households" integer,
        "returned" integer NOT NULL,
        "coverage" integer,
        "coverage_met" boolean NOT NULL,
        "average" integer,
        "rule_passed" boolean NOT NULL,
        "verdict" varchar(8) NOT NULL,
        "frozen_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poll_result_unit_level" CHECK ("level" IN ('village', 'commune', 'poll')),
        CONSTRAINT "chk_poll_result_unit_verdict" CHECK ("verdict" IN ('passed', 'failed', 'invalid')),
        CONSTRAINT "PK_poll_result_unit" PRIMARY KEY ("campaign_id", "unit_code"),
        ${FK_CAMPAIGN('poll_result_unit')}
      )`);
    await q.query(`
      CREATE TABLE "poll_result_item" (
        "campaign_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "item_name" varchar(100) NOT NULL,
        "position" smallint NOT NULL,
        "satisfied" integer NOT NULL,
        "not_satisfied" integer NOT NULL,
        "unanswered" integer NOT NULL,
        "rate" integer,
        "passed" boolean,
        CONSTRAINT "PK_poll_result_item" PRIMARY KEY ("campaign_id", "unit_code", "item_name"),
        ${FK_CAMPAIGN('poll_result_item')}
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "poll_result_item"`);
    await q.query(`DROP TABLE "poll_result_unit"`);
    await q.query(`DROP TABLE "poll_token"`);
    await q.query(`DROP INDEX "idx_survey_response_poll_batch"`);
    await q.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "fk_survey_response_poll_batch"`);
    await q.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "chk_survey_response_collection_mode"`);
    await q.query(`ALTER TABLE "survey_response" DROP COLUMN "poll_batch_id", DROP COLUMN "collection_mode"`);
    await q.query(`DROP TABLE "poll_batch"`);
    await q.query(`DROP TABLE "poll_village"`);
    await q.query(`DROP TABLE "satisfaction_poll_rule"`);
  }
}
