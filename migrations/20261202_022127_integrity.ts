import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_imports_status" ADD VALUE 'archived';
  ALTER TABLE "articles" ADD COLUMN "approval_version" varchar;
  ALTER TABLE "articles" ADD COLUMN "approval_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "approval_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "approval_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_version" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approval_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "statements" ADD COLUMN "approval_version" varchar;
  ALTER TABLE "statements" ADD COLUMN "approval_hash" varchar;
  ALTER TABLE "statements" ADD COLUMN "approval_by_id" integer;
  ALTER TABLE "statements" ADD COLUMN "approval_at" timestamp(3) with time zone;
  ALTER TABLE "statements" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_statements_v" ADD COLUMN "version_approval_version" varchar;
  ALTER TABLE "_statements_v" ADD COLUMN "version_approval_hash" varchar;
  ALTER TABLE "_statements_v" ADD COLUMN "version_approval_by_id" integer;
  ALTER TABLE "_statements_v" ADD COLUMN "version_approval_at" timestamp(3) with time zone;
  ALTER TABLE "_statements_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "delegates" ADD COLUMN "public" boolean DEFAULT true;
  ALTER TABLE "reporters" ADD COLUMN "public" boolean DEFAULT true;
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_approval_by_id_users_id_fk" FOREIGN KEY ("approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_approval_by_id_users_id_fk" FOREIGN KEY ("version_approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements" ADD CONSTRAINT "statements_approval_by_id_users_id_fk" FOREIGN KEY ("approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v" ADD CONSTRAINT "_statements_v_version_approval_by_id_users_id_fk" FOREIGN KEY ("version_approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_approval_approval_by_idx" ON "articles" USING btree ("approval_by_id");
  CREATE INDEX "_articles_v_version_approval_version_approval_by_idx" ON "_articles_v" USING btree ("version_approval_by_id");
  CREATE INDEX "statements_approval_approval_by_idx" ON "statements" USING btree ("approval_by_id");
  CREATE INDEX "_statements_v_version_approval_version_approval_by_idx" ON "_statements_v" USING btree ("version_approval_by_id");
  CREATE INDEX "delegates_public_idx" ON "delegates" USING btree ("public");
  CREATE INDEX "reporters_public_idx" ON "reporters" USING btree ("public");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");`)

  // A statement's article and speaker are never left dangling: the database refuses to delete
  // them while statements point at them (the app says so first, with 409). Payload's schema
  // (and so this migration's snapshot) says ON DELETE set null for every relationship; the
  // database is stricter on purpose, and no later generated migration touches these constraints.
  await db.execute(sql`
  ALTER TABLE "statements" DROP CONSTRAINT "statements_article_id_articles_id_fk";
  ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE restrict ON UPDATE no action;
  ALTER TABLE "statements" DROP CONSTRAINT "statements_speaker_id_delegates_id_fk";
  ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_delegates_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."delegates"("id") ON DELETE restrict ON UPDATE no action;`)

  // Existing data: pieces past the draft stage were submitted; people stay public (the default);
  // a photo already used by a published article or by a delegate stays public, others turn private.
  await db.execute(sql`
  UPDATE "articles" SET "submitted_at" = "updated_at" WHERE "stage" <> 'draft' OR "published_at" IS NOT NULL;
  UPDATE "statements" SET "submitted_at" = "updated_at" WHERE "stage" <> 'draft' OR "published_at" IS NOT NULL;
  UPDATE "media" SET "public" = true
   WHERE "id" IN (SELECT "hero_image_id" FROM "articles" WHERE "_status" = 'published')
      OR "id" IN (SELECT "photo_id" FROM "delegates");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "statements" DROP CONSTRAINT "statements_article_id_articles_id_fk";
  ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements" DROP CONSTRAINT "statements_speaker_id_delegates_id_fk";
  ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_delegates_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."delegates"("id") ON DELETE set null ON UPDATE no action;`)
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_approval_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_approval_by_id_users_id_fk";
  
  ALTER TABLE "statements" DROP CONSTRAINT "statements_approval_by_id_users_id_fk";
  
  ALTER TABLE "_statements_v" DROP CONSTRAINT "_statements_v_version_approval_by_id_users_id_fk";
  
  ALTER TABLE "imports" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "imports" ALTER COLUMN "status" SET DEFAULT 'split'::text;
  DROP TYPE "public"."enum_imports_status";
  CREATE TYPE "public"."enum_imports_status" AS ENUM('split', 'committed', 'discarded');
  ALTER TABLE "imports" ALTER COLUMN "status" SET DEFAULT 'split'::"public"."enum_imports_status";
  ALTER TABLE "imports" ALTER COLUMN "status" SET DATA TYPE "public"."enum_imports_status" USING "status"::"public"."enum_imports_status";
  DROP INDEX "articles_approval_approval_by_idx";
  DROP INDEX "_articles_v_version_approval_version_approval_by_idx";
  DROP INDEX "statements_approval_approval_by_idx";
  DROP INDEX "_statements_v_version_approval_version_approval_by_idx";
  DROP INDEX "delegates_public_idx";
  DROP INDEX "reporters_public_idx";
  DROP INDEX "media_public_idx";
  ALTER TABLE "articles" DROP COLUMN "approval_version";
  ALTER TABLE "articles" DROP COLUMN "approval_hash";
  ALTER TABLE "articles" DROP COLUMN "approval_by_id";
  ALTER TABLE "articles" DROP COLUMN "approval_at";
  ALTER TABLE "articles" DROP COLUMN "submitted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_version";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approval_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "statements" DROP COLUMN "approval_version";
  ALTER TABLE "statements" DROP COLUMN "approval_hash";
  ALTER TABLE "statements" DROP COLUMN "approval_by_id";
  ALTER TABLE "statements" DROP COLUMN "approval_at";
  ALTER TABLE "statements" DROP COLUMN "submitted_at";
  ALTER TABLE "_statements_v" DROP COLUMN "version_approval_version";
  ALTER TABLE "_statements_v" DROP COLUMN "version_approval_hash";
  ALTER TABLE "_statements_v" DROP COLUMN "version_approval_by_id";
  ALTER TABLE "_statements_v" DROP COLUMN "version_approval_at";
  ALTER TABLE "_statements_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "delegates" DROP COLUMN "public";
  ALTER TABLE "reporters" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "public";`)
}
