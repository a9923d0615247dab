import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Why an indicator has no data (the shared evaluator's `noData`), stored with its result so the
 * commune page and its xlsx can say it. Rows already stored get the reason their own columns
 * imply; the next recompute writes the evaluator's. */
export class AddCriteriaNoDataReason1764500000000 implements MigrationInterface {
  name = 'AddCriteriaNoDataReason1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "criteria_indicator_result" ADD "no_data_reason" varchar(12)`);
    await q.query(`
      UPDATE "criteria_indicator_result" r SET "no_data_reason" = CASE
        WHEN r."value" IS NULL THEN 'no_value'
        WHEN e."column" IS NULL THEN 'no_column'
        ELSE 'no_threshold' END
        FROM "criteria_evaluation" e
       WHERE r."state" = 'no_data' AND e."unit_code" = r."unit_code" AND e."set_id" = r."set_id" AND e."year" = r."year"`);
    await q.query(`UPDATE "criteria_indicator_result" SET "no_data_reason" = 'no_value' WHERE "state" = 'no_data' AND "no_data_reason" IS NULL`);
    await q.query(`
      ALTER TABLE "criteria_indicator_result" ADD CONSTRAINT "chk_criteria_indicator_result_no_data_reason"
        CHECK (("state" = 'no_data') = ("no_data_reason" IS NOT NULL) AND "no_data_reason" IN ('no_value', 'no_threshold', 'no_column'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "criteria_indicator_result" DROP CONSTRAINT "chk_criteria_indicator_result_no_data_reason"`);
    await q.query(`ALTER TABLE "criteria_indicator_result" DROP COLUMN "no_data_reason"`);
  }
}
