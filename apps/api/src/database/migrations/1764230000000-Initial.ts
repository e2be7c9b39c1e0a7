import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764230000000 implements MigrationInterface {
  name = 'Initial1764230000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actor_id" uuid,
                "actor_email" character varying(254),
                "actor_role" character varying(16),
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(64) NOT NULL,
                "entity_id" character varying(64) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "request_id" character varying(64),
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_event_at" ON "audit_event" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_event_entity" ON "audit_event" ("entity_type", "entity_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "organization" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(32) NOT NULL,
                "name_az" character varying(300) NOT NULL,
                "name_en" character varying(300) NOT NULL,
                "name_ru" character varying(300),
                "acronym" character varying(32),
                "type" character varying(32) NOT NULL,
                "parent_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organization_code" ON "organization" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "action_plan" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(64) NOT NULL,
                "title_az" character varying(500) NOT NULL,
                "title_en" character varying(500) NOT NULL,
                "title_ru" character varying(500),
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "approving_act" character varying(500),
                "approved_on" date,
                "status" character varying(16) NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_action_plan_code" ON "action_plan" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "plan_section" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "parent_id" uuid,
                "code" character varying(32) NOT NULL,
                "title_az" character varying(500) NOT NULL,
                "title_en" character varying(500) NOT NULL,
                "sort_order" integer NOT NULL DEFAULT '0',
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_46ce0afc710ff959e1f78ff86e2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_plan_section_parent" ON "plan_section" ("parent_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_plan_section_code" ON "plan_section" ("plan_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "measure" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "section_id" uuid NOT NULL,
                "code" character varying(32) NOT NULL,
                "title_az" character varying(1000) NOT NULL,
                "title_en" character varying(1000) NOT NULL,
                "description_az" text,
                "description_en" text,
                "start_date" date NOT NULL,
                "due_date" date NOT NULL,
                "recurring" boolean NOT NULL DEFAULT false,
                "weight" numeric(8, 2) NOT NULL DEFAULT '1',
                "planned_budget" numeric(16, 2),
                "budget_currency" character varying(3),
                "funding_source" character varying(300),
                "expected_result_az" text,
                "expected_result_en" text,
                "tags" text array NOT NULL DEFAULT '{}',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_measure_section" ON "measure" ("section_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_measure_code" ON "measure" ("plan_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "measure_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "role" character varying(8) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_assignment_organization" ON "assignment" ("organization_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assignment_one_lead" ON "assignment" ("measure_id")
            WHERE "role" = 'LEAD'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_assignment_measure_organization" ON "assignment" ("measure_id", "organization_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "indicator" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "measure_id" uuid NOT NULL,
                "code" character varying(64) NOT NULL,
                "name_az" character varying(500) NOT NULL,
                "name_en" character varying(500) NOT NULL,
                "unit" character varying(16) NOT NULL,
                "currency" character varying(3),
                "combine_rule" character varying(16) NOT NULL,
                "baseline" numeric(18, 4),
                "target" numeric(18, 4),
                "dimensions" jsonb NOT NULL DEFAULT '[]',
                "sort_order" integer NOT NULL DEFAULT '0',
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_indicator_code" ON "indicator" ("measure_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "reporting_period" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "label" character varying(32) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "due_date" date NOT NULL,
                "status" character varying(8) NOT NULL DEFAULT 'OPEN',
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_273d2b68dc1854618ec53e144d0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reporting_period_label" ON "reporting_period" ("plan_id", "label")
        `);
    await queryRunner.query(`
            CREATE TABLE "generated_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(32) NOT NULL,
                "plan_id" uuid NOT NULL,
                "period_id" uuid NOT NULL,
                "organization_id" uuid,
                "format" character varying(8) NOT NULL,
                "language" character varying(2) NOT NULL,
                "parameters" jsonb NOT NULL DEFAULT '{}',
                "status" character varying(16) NOT NULL,
                "progress" integer NOT NULL DEFAULT '0',
                "error" text,
                "sha256" character(64),
                "size_bytes" integer,
                "file_name" character varying(255),
                "storage_key" character varying(300),
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_53e8e21d939cb60746d49aa06a3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_generated_report_plan" ON "generated_report" ("plan_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "progress_report" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "period_id" uuid NOT NULL,
                "measure_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "implementation_status" character varying(16) NOT NULL,
                "percent_complete" numeric(5, 2) NOT NULL,
                "narrative_az" text,
                "narrative_en" text,
                "narrative_ru" text,
                "challenges" text,
                "next_steps" text,
                "expenditure_amount" numeric(16, 2),
                "expenditure_currency" character varying(3),
                "expenditure_source" character varying(300),
                "late" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" uuid,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by" uuid,
                "returned_at" TIMESTAMP WITH TIME ZONE,
                "returned_by" uuid,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_by" uuid,
                "reopened_at" TIMESTAMP WITH TIME ZONE,
                "reopened_by" uuid,
                CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_report_measure" ON "progress_report" ("measure_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_report_organization_period" ON "progress_report" ("organization_id", "period_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_report_period_status" ON "progress_report" ("period_id", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_progress_report_assignment_period" ON "progress_report" ("assignment_id", "period_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "kind" character varying(8) NOT NULL,
                "title" character varying(300) NOT NULL,
                "url" character varying(2000),
                "file_name" character varying(255),
                "content_type" character varying(128),
                "size_bytes" bigint,
                "sha256" character(64),
                "storage_key" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_evidence_report" ON "evidence" ("report_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "indicator_value" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "indicator_id" uuid NOT NULL,
                "value" numeric(18, 4),
                "breakdown" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "PK_ea77b6059a4a7f24be8e748d541" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_indicator_value_indicator" ON "indicator_value" ("indicator_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_indicator_value_report_indicator" ON "indicator_value" ("report_id", "indicator_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "action" character varying(16) NOT NULL,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "report_version" integer NOT NULL,
                "comment" text,
                "snapshot" jsonb,
                "actor_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "late" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_247b406f3221ad7b2c4b4f09933" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_report_event_report" ON "report_event" ("report_id", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "role" character varying(16) NOT NULL,
                "organization_id" uuid,
                "password_hash" character varying(255) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "preferred_language" character varying(2) NOT NULL DEFAULT 'AZ',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_app_user_organization" ON "app_user" ("organization_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organization"
            ADD CONSTRAINT "fk_organization_parent" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_section"
            ADD CONSTRAINT "fk_plan_section_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_section"
            ADD CONSTRAINT "fk_plan_section_parent" FOREIGN KEY ("parent_id") REFERENCES "plan_section"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure"
            ADD CONSTRAINT "fk_measure_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "measure"
            ADD CONSTRAINT "fk_measure_section" FOREIGN KEY ("section_id") REFERENCES "plan_section"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment"
            ADD CONSTRAINT "fk_assignment_measure" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment"
            ADD CONSTRAINT "fk_assignment_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD CONSTRAINT "fk_indicator_measure" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reporting_period"
            ADD CONSTRAINT "fk_reporting_period_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report"
            ADD CONSTRAINT "fk_progress_report_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report"
            ADD CONSTRAINT "fk_progress_report_period" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence"
            ADD CONSTRAINT "fk_evidence_report" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator_value"
            ADD CONSTRAINT "fk_indicator_value_report" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator_value"
            ADD CONSTRAINT "fk_indicator_value_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "report_event"
            ADD CONSTRAINT "fk_report_event_report" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "fk_app_user_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // The audit trail is append-only: the database itself refuses to change or delete it.
    await queryRunner.query(`
            CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION audit_event_immutable()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_event_immutable()`);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_organization"
        `);
    await queryRunner.query(`
            ALTER TABLE "report_event" DROP CONSTRAINT "fk_report_event_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator_value" DROP CONSTRAINT "fk_indicator_value_indicator"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator_value" DROP CONSTRAINT "fk_indicator_value_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence" DROP CONSTRAINT "fk_evidence_report"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report" DROP CONSTRAINT "fk_progress_report_period"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_report" DROP CONSTRAINT "fk_progress_report_assignment"
        `);
    await queryRunner.query(`
            ALTER TABLE "reporting_period" DROP CONSTRAINT "fk_reporting_period_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP CONSTRAINT "fk_indicator_measure"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_organization"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_measure"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure" DROP CONSTRAINT "fk_measure_section"
        `);
    await queryRunner.query(`
            ALTER TABLE "measure" DROP CONSTRAINT "fk_measure_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_section" DROP CONSTRAINT "fk_plan_section_parent"
        `);
    await queryRunner.query(`
            ALTER TABLE "plan_section" DROP CONSTRAINT "fk_plan_section_plan"
        `);
    await queryRunner.query(`
            ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_parent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_app_user_organization"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_app_user_email"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_report_event_report"
        `);
    await queryRunner.query(`
            DROP TABLE "report_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_indicator_value_report_indicator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_indicator_value_indicator"
        `);
    await queryRunner.query(`
            DROP TABLE "indicator_value"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_evidence_report"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_progress_report_assignment_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_report_period_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_report_organization_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_report_measure"
        `);
    await queryRunner.query(`
            DROP TABLE "progress_report"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_generated_report_plan"
        `);
    await queryRunner.query(`
            DROP TABLE "generated_report"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reporting_period_label"
        `);
    await queryRunner.query(`
            DROP TABLE "reporting_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_indicator_code"
        `);
    await queryRunner.query(`
            DROP TABLE "indicator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_assignment_measure_organization"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_assignment_one_lead"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_assignment_organization"
        `);
    await queryRunner.query(`
            DROP TABLE "assignment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_measure_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_measure_section"
        `);
    await queryRunner.query(`
            DROP TABLE "measure"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_plan_section_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_plan_section_parent"
        `);
    await queryRunner.query(`
            DROP TABLE "plan_section"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_action_plan_code"
        `);
    await queryRunner.query(`
            DROP TABLE "action_plan"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_organization_code"
        `);
    await queryRunner.query(`
            DROP TABLE "organization"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_event_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
  }
}
