import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Admin-edited B1 proxy scoring tables (Circular 07/2021/TT-BLĐTBXH, Phiếu B), national or per
 * province, one row per saved version: the latest version of a scope applies. */
export class CreateProxyScoringTables1764300000000 implements MigrationInterface {
  name = 'CreateProxyScoringTables1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "proxy_scoring_table" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scope_code" varchar(32) NOT NULL,
        "version" integer NOT NULL,
        "status" varchar(10) NOT NULL,
        "legal_basis" text NOT NULL,
        "content" jsonb NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "chk_proxy_scoring_table_status" CHECK ("status" IN ('verified', 'to_confirm')),
        CONSTRAINT "chk_proxy_scoring_table_version" CHECK ("version" >= 1),
        CONSTRAINT "PK_proxy_scoring_table" PRIMARY KEY ("id"),
        CONSTRAINT "fk_proxy_scoring_table_scope" FOREIGN KEY ("scope_code") REFERENCES "administrative_unit"("code") ON DELETE RESTRICT,
        CONSTRAINT "fk_proxy_scoring_table_creator" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_proxy_scoring_table_version" ON "proxy_scoring_table" ("scope_code", "version")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "proxy_scoring_table"`);
  }
}
