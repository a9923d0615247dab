import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A household response now names a household of the registry (the client no longer mints one). */
export class LinkResponsesToHouseholds1764050000002 implements MigrationInterface {
  name = 'LinkResponsesToHouseholds1764050000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "fk_survey_response_household" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "fk_survey_response_household"`);
  }
}
