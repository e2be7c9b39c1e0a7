import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hardening1764300000000 implements MigrationInterface {
  name = 'Hardening1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_ip" character varying(64),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "idempotency_key" (
                "user_id" uuid NOT NULL,
                "key" character varying(128) NOT NULL,
                "operation" character varying(64) NOT NULL,
                "entity_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event"
            ADD "prev_hash" character(64)
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event"
            ADD "hash" character(64)
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "failed_logins" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "locked_until" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "locked_until"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "failed_logins"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event" DROP COLUMN "hash"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event" DROP COLUMN "prev_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_family"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_token_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_refresh_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
  }
}
