import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUnitsAndAccounts1763800000000 implements MigrationInterface {
  name = 'CreateUnitsAndAccounts1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE "administrative_unit" (
        "code" varchar(32) NOT NULL,
        "name" varchar(200) NOT NULL,
        "full_name" varchar(250) NOT NULL,
        "type" varchar(20) NOT NULL,
        "parent_code" varchar(32),
        "path" varchar(400) COLLATE "C" NOT NULL,
        "depth" smallint NOT NULL,
        "search_name" varchar(250) NOT NULL,
        "ntm_region" varchar(10),
        "commune_group" smallint,
        "is_rural" boolean,
        "particularly_difficult" boolean NOT NULL DEFAULT false,
        "effective_from" date,
        "effective_to" date,
        "successor_code" varchar(32),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_unit_commune_group" CHECK ("commune_group" BETWEEN 1 AND 3),
        CONSTRAINT "PK_administrative_unit" PRIMARY KEY ("code")
      )`);
    await q.query(`CREATE INDEX "idx_unit_parent_code" ON "administrative_unit" ("parent_code")`);
    await q.query(`CREATE INDEX "idx_unit_path" ON "administrative_unit" ("path")`);
    await q.query(`CREATE INDEX "idx_unit_type_path" ON "administrative_unit" ("type", "path")`);
    await q.query(
      `CREATE INDEX "idx_unit_search_name_trgm" ON "administrative_unit" USING gin ("search_name" gin_trgm_ops)`,
    );
    await q.query(`
      INSERT INTO "administrative_unit" ("code", "name", "full_name", "type", "parent_code", "path", "depth", "search_name")
      VALUES ('VN', 'Việt Nam', 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'country', NULL, '/VN/', 0, 'viet nam')`);
    await q.query(`
      CREATE TABLE "account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "username" varchar(64) NOT NULL,
        "full_name" varchar(200) NOT NULL,
        "role" varchar(20) NOT NULL,
        "unit_code" varchar(32) NOT NULL,
        "password_hash" varchar(200) NOT NULL,
        "disabled" boolean NOT NULL DEFAULT false,
        "failed_login_count" integer NOT NULL DEFAULT 0,
        "locked_until" timestamptz,
        "last_login_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_account" PRIMARY KEY ("id"),
        CONSTRAINT "fk_account_unit" FOREIGN KEY ("unit_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_account_username" ON "account" ("username")`);
    await q.query(`CREATE INDEX "idx_account_unit_code" ON "account" ("unit_code")`);
    await q.query(`
      CREATE TABLE "refresh_token" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL,
        "family_id" uuid NOT NULL,
        "token_hash" char(64) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_refresh_token" PRIMARY KEY ("id"),
        CONSTRAINT "fk_refresh_token_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_refresh_token_account" ON "refresh_token" ("account_id")`);
    await q.query(`CREATE INDEX "idx_refresh_token_family" ON "refresh_token" ("family_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "refresh_token"`);
    await q.query(`DROP TABLE "account"`);
    await q.query(`DROP TABLE "administrative_unit"`);
  }
}
