import type { MigrationInterface, QueryRunner } from 'typeorm';

const TS = `"created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now()`;

export class CreateSurveyEngine1763900000000 implements MigrationInterface {
  name = 'CreateSurveyEngine1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await this.createForms(q);
    await this.createCampaigns(q);
    await this.createResponses(q);
    await this.createAudit(q);
  }

  private async createForms(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "survey_form" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" varchar(64) NOT NULL,
        "title" varchar(300) NOT NULL,
        "owner_unit_code" varchar(32) NOT NULL,
        ${TS},
        CONSTRAINT "PK_survey_form" PRIMARY KEY ("id"),
        CONSTRAINT "fk_survey_form_owner" FOREIGN KEY ("owner_unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_survey_form_key" ON "survey_form" ("key")`);
    await q.query(`CREATE INDEX "idx_survey_form_owner" ON "survey_form" ("owner_unit_code")`);
    await q.query(`
      CREATE TABLE "form_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "form_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "status" varchar(12) NOT NULL,
        "title" varchar(300) NOT NULL,
        "definition" jsonb NOT NULL,
        "published_at" timestamptz,
        "published_by" uuid,
        ${TS},
        CONSTRAINT "chk_form_version_status" CHECK ("status" IN ('draft', 'published')),
        CONSTRAINT "PK_form_version" PRIMARY KEY ("id"),
        CONSTRAINT "fk_form_version_form" FOREIGN KEY ("form_id") REFERENCES "survey_form"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_form_version_publisher" FOREIGN KEY ("published_by") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_form_version_number" ON "form_version" ("form_id", "version")`);
    await q.query(`CREATE UNIQUE INDEX "uq_form_version_one_draft" ON "form_version" ("form_id") WHERE "status" = 'draft'`);
    // Published versions are frozen for good: responses are validated and shown with them.
    await q.query(`
      CREATE FUNCTION "form_version_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'form version % is published and cannot change', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER "trg_form_version_frozen" BEFORE UPDATE OR DELETE ON "form_version"
      FOR EACH ROW WHEN (OLD."status" = 'published') EXECUTE FUNCTION "form_version_frozen"()`);
  }

  private async createCampaigns(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "campaign" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(300) NOT NULL,
        "kind" varchar(30) NOT NULL,
        "status" varchar(12) NOT NULL,
        "form_version_id" uuid NOT NULL,
        "year" smallint NOT NULL,
        "round" smallint NOT NULL,
        "rounds_per_year" smallint NOT NULL,
        "opens_on" date NOT NULL,
        "closes_on" date NOT NULL,
        "owner_unit_code" varchar(32) NOT NULL,
        "previous_campaign_id" uuid,
        "created_by" uuid NOT NULL,
        "finalised_at" timestamptz,
        ${TS},
        CONSTRAINT "chk_campaign_kind" CHECK ("kind" IN ('satisfaction_poll', 'household_review', 'income_survey', 'custom')),
        CONSTRAINT "chk_campaign_status" CHECK ("status" IN ('draft', 'open', 'closed', 'finalised')),
        CONSTRAINT "chk_campaign_round" CHECK ("round" >= 1 AND "round" <= "rounds_per_year"),
        CONSTRAINT "chk_campaign_dates" CHECK ("opens_on" <= "closes_on"),
        CONSTRAINT "PK_campaign" PRIMARY KEY ("id"),
        CONSTRAINT "fk_campaign_form_version" FOREIGN KEY ("form_version_id") REFERENCES "form_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_campaign_owner" FOREIGN KEY ("owner_unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT,
        CONSTRAINT "fk_campaign_previous" FOREIGN KEY ("previous_campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_campaign_creator" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "idx_campaign_status" ON "campaign" ("status")`);
    await q.query(`CREATE INDEX "idx_campaign_form_version" ON "campaign" ("form_version_id")`);
    await q.query(`CREATE INDEX "idx_campaign_owner" ON "campaign" ("owner_unit_code")`);
    await q.query(`CREATE UNIQUE INDEX "uq_campaign_previous" ON "campaign" ("previous_campaign_id")`);
    await q.query(`
      CREATE TABLE "campaign_unit" (
        "campaign_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        CONSTRAINT "PK_campaign_unit" PRIMARY KEY ("campaign_id", "unit_code"),
        CONSTRAINT "fk_campaign_unit_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_campaign_unit_unit" FOREIGN KEY ("unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "idx_campaign_unit_unit" ON "campaign_unit" ("unit_code")`);
    await q.query(`
      CREATE TABLE "assignment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "campaign_id" uuid NOT NULL,
        "enumerator_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "expected_households" integer,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_assignment_expected" CHECK ("expected_households" >= 0),
        CONSTRAINT "PK_assignment" PRIMARY KEY ("id"),
        CONSTRAINT "fk_assignment_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_assignment_enumerator" FOREIGN KEY ("enumerator_id") REFERENCES "account"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_assignment_unit" FOREIGN KEY ("unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT,
        CONSTRAINT "fk_assignment_creator" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_assignment" ON "assignment" ("campaign_id", "unit_code", "enumerator_id")`);
    await q.query(`CREATE INDEX "idx_assignment_enumerator" ON "assignment" ("enumerator_id")`);
  }

  private async createResponses(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "survey_response" (
        "id" uuid NOT NULL,
        "campaign_id" uuid NOT NULL,
        "form_version_id" uuid NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "unit_path" varchar(400) COLLATE "C" NOT NULL,
        "household_id" uuid,
        "status" varchar(12) NOT NULL,
        "answers" jsonb NOT NULL,
        "created_by" uuid NOT NULL,
        "submitted_at" timestamptz,
        "client_time" timestamptz,
        "review_comment" text,
        "reviewed_by" uuid,
        "reviewed_at" timestamptz,
        "revision" integer NOT NULL DEFAULT 1,
        ${TS},
        CONSTRAINT "chk_survey_response_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'resubmitted', 'approved')),
        CONSTRAINT "PK_survey_response" PRIMARY KEY ("id"),
        CONSTRAINT "fk_survey_response_campaign" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_survey_response_form_version" FOREIGN KEY ("form_version_id") REFERENCES "form_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_survey_response_unit" FOREIGN KEY ("unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT,
        CONSTRAINT "fk_survey_response_creator" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_survey_response_reviewer" FOREIGN KEY ("reviewed_by") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "idx_survey_response_campaign_path" ON "survey_response" ("campaign_id", "unit_path")`);
    await q.query(`CREATE INDEX "idx_survey_response_campaign_status" ON "survey_response" ("campaign_id", "status")`);
    await q.query(`CREATE INDEX "idx_survey_response_creator" ON "survey_response" ("created_by", "campaign_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_survey_response_household" ON "survey_response" ("campaign_id", "household_id") WHERE "household_id" IS NOT NULL`,
    );
  }

  private async createAudit(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_entry" (
        "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
        "entity_type" varchar(20) NOT NULL,
        "entity_id" uuid NOT NULL,
        "action" varchar(30) NOT NULL,
        "actor_id" uuid NOT NULL,
        "at" timestamptz NOT NULL DEFAULT now(),
        "from_status" varchar(20),
        "to_status" varchar(20),
        "comment" text,
        "previous_answers" jsonb,
        CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id"),
        CONSTRAINT "fk_audit_entry_actor" FOREIGN KEY ("actor_id") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "idx_audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_entry"`);
    await q.query(`DROP TABLE "survey_response"`);
    await q.query(`DROP TABLE "assignment"`);
    await q.query(`DROP TABLE "campaign_unit"`);
    await q.query(`DROP TABLE "campaign"`);
    await q.query(`DROP TABLE "form_version"`);
    await q.query(`DROP FUNCTION "form_version_frozen"()`);
    await q.query(`DROP TABLE "survey_form"`);
  }
}
