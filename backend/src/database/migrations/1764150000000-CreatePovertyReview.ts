import type { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `'listing', 'collecting', 'meeting', 'posting', 'district_opinion', 'ready', 'recognised'`;
const REASONS = `'previously_poor', 'previously_near_poor', 'registry', 'requested', 'flagged'`;
const fk = (name: string, column: string, table: string, onDelete = 'RESTRICT') =>
  `CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("${table === 'administrative_unit' ? 'code' : 'id'}") ON DELETE ${onDelete}`;

export class CreatePovertyReview1764150000000 implements MigrationInterface {
  name = 'CreatePovertyReview1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await this.createSettings(q);
    await this.createVillages(q);
    await this.createSteps(q);
    await this.createDecisions(q);
  }

  private async createSettings(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poverty_review_setting" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "province_code" varchar(32) NOT NULL,
        "posting_working_days" smallint NOT NULL,
        "district_opinion" boolean NOT NULL,
        "exclude_social_protection" boolean NOT NULL,
        "exclude_impoverished_by_shock" boolean NOT NULL,
        "updated_by" uuid NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poverty_review_setting_posting" CHECK ("posting_working_days" >= 1 AND "posting_working_days" <= 30),
        CONSTRAINT "PK_poverty_review_setting" PRIMARY KEY ("id"),
        ${fk('fk_poverty_review_setting_province', 'province_code', 'administrative_unit')},
        ${fk('fk_poverty_review_setting_updater', 'updated_by', 'account')}
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_poverty_review_setting_province" ON "poverty_review_setting" ("province_code")`);
  }

  private async createVillages(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poverty_review_village" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "commune_code" varchar(32) NOT NULL,
        "village_code" varchar(32) NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "stage" varchar(16) NOT NULL DEFAULT 'listing',
        "district_opinion_on" date,
        "district_opinion_note" text,
        "district_opinion_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poverty_review_village_stage" CHECK ("stage" IN (${STAGES})),
        CONSTRAINT "PK_poverty_review_village" PRIMARY KEY ("id"),
        ${fk('fk_poverty_review_village_campaign', 'campaign_id', 'campaign')},
        ${fk('fk_poverty_review_village_commune', 'commune_code', 'administrative_unit')},
        ${fk('fk_poverty_review_village_village', 'village_code', 'administrative_unit')},
        ${fk('fk_poverty_review_village_opinion_by', 'district_opinion_by', 'account')}
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_poverty_review_village" ON "poverty_review_village" ("campaign_id", "village_code")`);
    await q.query(`CREATE INDEX "idx_poverty_review_village_commune" ON "poverty_review_village" ("campaign_id", "commune_code")`);
    await q.query(`
      CREATE TABLE "poverty_review_household" (
        "campaign_id" uuid NOT NULL,
        "household_id" uuid NOT NULL,
        "review_village_id" uuid NOT NULL,
        "reason" varchar(24) NOT NULL,
        "note" text,
        "previous_class" varchar(14),
        "listed_by" uuid NOT NULL,
        "listed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poverty_review_household_reason" CHECK ("reason" IN (${REASONS})),
        CONSTRAINT "PK_poverty_review_household" PRIMARY KEY ("campaign_id", "household_id"),
        ${fk('fk_poverty_review_household_campaign', 'campaign_id', 'campaign')},
        ${fk('fk_poverty_review_household_household', 'household_id', 'household')},
        ${fk('fk_poverty_review_household_village', 'review_village_id', 'poverty_review_village', 'CASCADE')},
        ${fk('fk_poverty_review_household_lister', 'listed_by', 'account')}
      )`);
    await q.query(`CREATE INDEX "idx_poverty_review_household_village" ON "poverty_review_household" ("review_village_id")`);
  }

  private async createSteps(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poverty_review_meeting" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "review_village_id" uuid NOT NULL,
        "held_on" date NOT NULL,
        "attendees" integer NOT NULL,
        "agreeing" integer NOT NULL,
        "accepted" boolean NOT NULL,
        "minutes" text,
        "recorded_by" uuid NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_poverty_review_meeting_counts" CHECK ("attendees" >= 1 AND "agreeing" >= 0 AND "agreeing" <= "attendees"),
        CONSTRAINT "PK_poverty_review_meeting" PRIMARY KEY ("id"),
        ${fk('fk_poverty_review_meeting_village', 'review_village_id', 'poverty_review_village', 'CASCADE')},
        ${fk('fk_poverty_review_meeting_recorder', 'recorded_by', 'account')}
      )`);
    await q.query(`CREATE INDEX "idx_poverty_review_meeting_village" ON "poverty_review_meeting" ("review_village_id", "recorded_at")`);
    await q.query(`
      CREATE TABLE "poverty_review_posting" (
        "review_village_id" uuid NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "working_days" smallint NOT NULL,
        "completed_on" date,
        "started_by" uuid NOT NULL,
        "completed_by" uuid,
        CONSTRAINT "chk_poverty_review_posting_dates" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "PK_poverty_review_posting" PRIMARY KEY ("review_village_id"),
        ${fk('fk_poverty_review_posting_village', 'review_village_id', 'poverty_review_village', 'CASCADE')},
        ${fk('fk_poverty_review_posting_starter', 'started_by', 'account')},
        ${fk('fk_poverty_review_posting_completer', 'completed_by', 'account')}
      )`);
    await q.query(`
      CREATE TABLE "poverty_review_complaint" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "review_village_id" uuid NOT NULL,
        "household_id" uuid NOT NULL,
        "content" text NOT NULL,
        "received_on" date NOT NULL,
        "recorded_by" uuid NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        "class_at_complaint" varchar(14),
        "revision_at_complaint" integer,
        "resolution" text,
        "resolved_on" date,
        "resolved_by" uuid,
        "class_after" varchar(14),
        "rechecked" boolean,
        CONSTRAINT "chk_poverty_review_complaint_resolved" CHECK (("resolution" IS NULL) = ("resolved_on" IS NULL)),
        CONSTRAINT "PK_poverty_review_complaint" PRIMARY KEY ("id"),
        ${fk('fk_poverty_review_complaint_village', 'review_village_id', 'poverty_review_village', 'CASCADE')},
        ${fk('fk_poverty_review_complaint_household', 'household_id', 'household')},
        ${fk('fk_poverty_review_complaint_recorder', 'recorded_by', 'account')},
        ${fk('fk_poverty_review_complaint_resolver', 'resolved_by', 'account')}
      )`);
    await q.query(`CREATE INDEX "idx_poverty_review_complaint_village" ON "poverty_review_complaint" ("review_village_id", "received_on")`);
  }

  private async createDecisions(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "poverty_review_decision" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "commune_code" varchar(32) NOT NULL,
        "year" smallint NOT NULL,
        "decision_number" varchar(50) NOT NULL,
        "decided_on" date NOT NULL,
        "decided_by" uuid NOT NULL,
        "households" integer NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_poverty_review_decision" PRIMARY KEY ("id"),
        ${fk('fk_poverty_review_decision_campaign', 'campaign_id', 'campaign')},
        ${fk('fk_poverty_review_decision_commune', 'commune_code', 'administrative_unit')},
        ${fk('fk_poverty_review_decision_decider', 'decided_by', 'account')}
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_poverty_review_decision" ON "poverty_review_decision" ("campaign_id", "commune_code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "poverty_review_decision"`);
    await q.query(`DROP TABLE "poverty_review_complaint"`);
    await q.query(`DROP TABLE "poverty_review_posting"`);
    await q.query(`DROP TABLE "poverty_review_meeting"`);
    await q.query(`DROP TABLE "poverty_review_household"`);
    await q.query(`DROP TABLE "poverty_review_village"`);
    await q.query(`DROP TABLE "poverty_review_setting"`);
  }
}
