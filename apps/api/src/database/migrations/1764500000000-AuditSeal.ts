import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain moves out of the write path. Before, every write transaction took one advisory
 * lock to read the last hash and append (71 write tx/s on 2 cores, tools/bench/chain-ceiling.ts);
 * now writers only insert their audit_event (a trigger queues it in audit_unsealed) and the
 * sealer chains committed events into audit_seal (event_id, seq, prev_hash, hash) afterwards.
 *
 * Existing data: events that carry a hash keep it. They are sealed in id order (the old chain's
 * order: ids were drawn under the lock) with seq = their rank, prev_hash and hash copied, so the
 * chain verifies with the same hash function, and tampering done before the upgrade still shows.
 * Events without a hash (written before the chain existed) are queued and sealed by the sealer
 * after them. Then the columns leave audit_event.
 */
export class AuditSeal1764500000000 implements MigrationInterface {
  name = 'AuditSeal1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_seal" (
                "event_id" bigint NOT NULL,
                "seq" bigint NOT NULL,
                "prev_hash" character(64),
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_10152b7931c764269800022e06d" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_audit_seal_seq" ON "audit_seal" ("seq")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_unsealed" (
                "event_id" bigint NOT NULL,
                CONSTRAINT "PK_4b78d2d4bfa8cac21c4144d1b63" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            INSERT INTO "audit_seal" ("event_id", "seq", "prev_hash", "hash")
            SELECT "id", row_number() OVER (ORDER BY "id"), "prev_hash", "hash"
              FROM "audit_event" WHERE "hash" IS NOT NULL
        `);
    await queryRunner.query(`
            INSERT INTO "audit_unsealed" ("event_id") SELECT "id" FROM "audit_event" WHERE "hash" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event" DROP COLUMN "prev_hash"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event" DROP COLUMN "hash"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_seal" ADD CONSTRAINT "fk_audit_seal_event" FOREIGN KEY ("event_id") REFERENCES "audit_event"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    // Every new event is queued for sealing in its own transaction, whoever inserts it.
    await queryRunner.query(`
            CREATE FUNCTION audit_event_queue_seal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO audit_unsealed (event_id) VALUES (NEW.id);
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_queue_seal AFTER INSERT ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION audit_event_queue_seal()
        `);
    // Seals are append-only like the events they chain.
    await queryRunner.query(`
            CREATE FUNCTION audit_seal_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_seal is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_seal_no_update_delete BEFORE UPDATE OR DELETE ON "audit_seal"
            FOR EACH ROW EXECUTE FUNCTION audit_seal_immutable()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON "audit_seal"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_immutable()
        `);
  }

  /** Puts the hashes back on the events; the old id-order check holds where seals followed id order. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_seal_no_truncate ON "audit_seal"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_seal_no_update_delete ON "audit_seal"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_seal_immutable()`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS audit_event_queue_seal ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audit_event_queue_seal()`);
    await queryRunner.query(`
            ALTER TABLE "audit_seal" DROP CONSTRAINT "fk_audit_seal_event"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event"
            ADD "hash" character(64)
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_event"
            ADD "prev_hash" character(64)
        `);
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER audit_event_no_update_delete`);
    await queryRunner.query(`
            UPDATE "audit_event" e SET "prev_hash" = s."prev_hash", "hash" = s."hash" FROM "audit_seal" s WHERE s."event_id" = e."id"
        `);
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER audit_event_no_update_delete`);
    await queryRunner.query(`
            DROP TABLE "audit_unsealed"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_audit_seal_seq"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_seal"
        `);
  }
}
