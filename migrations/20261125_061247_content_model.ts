import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_bylines_credit" AS ENUM('reporter', 'correspondent', 'photographer', 'editor');
  CREATE TYPE "public"."enum_articles_stage" AS ENUM('draft', 'in_review', 'approved', 'published', 'retracted');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_bylines_credit" AS ENUM('reporter', 'correspondent', 'photographer', 'editor');
  CREATE TYPE "public"."enum__articles_v_version_stage" AS ENUM('draft', 'in_review', 'approved', 'published', 'retracted');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_statements_bylines_credit" AS ENUM('reporter', 'correspondent', 'photographer', 'editor');
  CREATE TYPE "public"."enum_statements_stage" AS ENUM('draft', 'in_review', 'approved', 'published', 'retracted');
  CREATE TYPE "public"."enum_statements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__statements_v_version_bylines_credit" AS ENUM('reporter', 'correspondent', 'photographer', 'editor');
  CREATE TYPE "public"."enum__statements_v_version_stage" AS ENUM('draft', 'in_review', 'approved', 'published', 'retracted');
  CREATE TYPE "public"."enum__statements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reporters_default_credit" AS ENUM('reporter', 'correspondent', 'photographer', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reporter_id" integer,
  	"credit" "enum_articles_bylines_credit" DEFAULT 'reporter'
  );
  
  CREATE TABLE "articles_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"dek" varchar,
  	"source_publication" varchar,
  	"source_edition_date" timestamp(3) with time zone,
  	"source_page" varchar,
  	"hero_image_id" integer,
  	"intro" jsonb,
  	"outro" jsonb,
  	"stage" "enum_articles_stage" DEFAULT 'draft',
  	"review_note" varchar,
  	"published_at" timestamp(3) with time zone,
  	"retraction_reason" varchar,
  	"retraction_retracted_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_articles_v_version_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reporter_id" integer,
  	"credit" "enum__articles_v_version_bylines_credit" DEFAULT 'reporter',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_dek" varchar,
  	"version_source_publication" varchar,
  	"version_source_edition_date" timestamp(3) with time zone,
  	"version_source_page" varchar,
  	"version_hero_image_id" integer,
  	"version_intro" jsonb,
  	"version_outro" jsonb,
  	"version_stage" "enum__articles_v_version_stage" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_retraction_reason" varchar,
  	"version_retraction_retracted_at" timestamp(3) with time zone,
  	"version_owner_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "statements_speaker_titles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "statements_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reporter_id" integer,
  	"credit" "enum_statements_bylines_credit" DEFAULT 'reporter'
  );
  
  CREATE TABLE "statements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"headline" varchar,
  	"article_id" integer,
  	"position" numeric,
  	"speaker_id" integer,
  	"speaker_name" varchar,
  	"body" jsonb,
  	"provenance_import_id" varchar,
  	"provenance_start" numeric,
  	"provenance_end" numeric,
  	"stage" "enum_statements_stage" DEFAULT 'draft',
  	"review_note" varchar,
  	"published_at" timestamp(3) with time zone,
  	"retraction_reason" varchar,
  	"retraction_retracted_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_statements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_statements_v_version_speaker_titles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_statements_v_version_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"reporter_id" integer,
  	"credit" "enum__statements_v_version_bylines_credit" DEFAULT 'reporter',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_statements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_headline" varchar,
  	"version_article_id" integer,
  	"version_position" numeric,
  	"version_speaker_id" integer,
  	"version_speaker_name" varchar,
  	"version_body" jsonb,
  	"version_provenance_import_id" varchar,
  	"version_provenance_start" numeric,
  	"version_provenance_end" numeric,
  	"version_stage" "enum__statements_v_version_stage" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_retraction_reason" varchar,
  	"version_retraction_retracted_at" timestamp(3) with time zone,
  	"version_owner_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__statements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "delegates_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "delegates_titles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"organization" varchar,
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone
  );
  
  CREATE TABLE "delegates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"photo_id" integer,
  	"bio" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "delegates_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"delegates_id" integer
  );
  
  CREATE TABLE "reporters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"pen_name" boolean DEFAULT false,
  	"default_credit" "enum_reporters_default_credit" DEFAULT 'reporter',
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"action" varchar NOT NULL,
  	"from_stage" varchar,
  	"to_stage" varchar,
  	"note" varchar,
  	"changes" jsonb,
  	"system" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"resolved" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"statements_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "reporter_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "statements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delegates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reporters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "articles_bylines" ADD CONSTRAINT "articles_bylines_reporter_id_reporters_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."reporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_bylines" ADD CONSTRAINT "articles_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_corrections" ADD CONSTRAINT "articles_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_bylines" ADD CONSTRAINT "_articles_v_version_bylines_reporter_id_reporters_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."reporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_bylines" ADD CONSTRAINT "_articles_v_version_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_corrections" ADD CONSTRAINT "_articles_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements_speaker_titles" ADD CONSTRAINT "statements_speaker_titles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "statements_bylines" ADD CONSTRAINT "statements_bylines_reporter_id_reporters_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."reporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements_bylines" ADD CONSTRAINT "statements_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_delegates_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."delegates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statements" ADD CONSTRAINT "statements_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v_version_speaker_titles" ADD CONSTRAINT "_statements_v_version_speaker_titles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_statements_v_version_bylines" ADD CONSTRAINT "_statements_v_version_bylines_reporter_id_reporters_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."reporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v_version_bylines" ADD CONSTRAINT "_statements_v_version_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_statements_v" ADD CONSTRAINT "_statements_v_parent_id_statements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v" ADD CONSTRAINT "_statements_v_version_article_id_articles_id_fk" FOREIGN KEY ("version_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v" ADD CONSTRAINT "_statements_v_version_speaker_id_delegates_id_fk" FOREIGN KEY ("version_speaker_id") REFERENCES "public"."delegates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statements_v" ADD CONSTRAINT "_statements_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegates_aliases" ADD CONSTRAINT "delegates_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegates_titles" ADD CONSTRAINT "delegates_titles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegates" ADD CONSTRAINT "delegates_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delegates_rels" ADD CONSTRAINT "delegates_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegates_rels" ADD CONSTRAINT "delegates_rels_delegates_fk" FOREIGN KEY ("delegates_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reporters" ADD CONSTRAINT "reporters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit" ADD CONSTRAINT "audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_statements_fk" FOREIGN KEY ("statements_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_bylines_order_idx" ON "articles_bylines" USING btree ("_order");
  CREATE INDEX "articles_bylines_parent_id_idx" ON "articles_bylines" USING btree ("_parent_id");
  CREATE INDEX "articles_bylines_reporter_idx" ON "articles_bylines" USING btree ("reporter_id");
  CREATE INDEX "articles_corrections_order_idx" ON "articles_corrections" USING btree ("_order");
  CREATE INDEX "articles_corrections_parent_id_idx" ON "articles_corrections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_stage_idx" ON "articles" USING btree ("stage");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_owner_idx" ON "articles" USING btree ("owner_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_articles_v_version_bylines_order_idx" ON "_articles_v_version_bylines" USING btree ("_order");
  CREATE INDEX "_articles_v_version_bylines_parent_id_idx" ON "_articles_v_version_bylines" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_bylines_reporter_idx" ON "_articles_v_version_bylines" USING btree ("reporter_id");
  CREATE INDEX "_articles_v_version_corrections_order_idx" ON "_articles_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_articles_v_version_corrections_parent_id_idx" ON "_articles_v_version_corrections" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_stage_idx" ON "_articles_v" USING btree ("version_stage");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_owner_idx" ON "_articles_v" USING btree ("version_owner_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "statements_speaker_titles_order_idx" ON "statements_speaker_titles" USING btree ("_order");
  CREATE INDEX "statements_speaker_titles_parent_id_idx" ON "statements_speaker_titles" USING btree ("_parent_id");
  CREATE INDEX "statements_bylines_order_idx" ON "statements_bylines" USING btree ("_order");
  CREATE INDEX "statements_bylines_parent_id_idx" ON "statements_bylines" USING btree ("_parent_id");
  CREATE INDEX "statements_bylines_reporter_idx" ON "statements_bylines" USING btree ("reporter_id");
  CREATE INDEX "statements_article_idx" ON "statements" USING btree ("article_id");
  CREATE INDEX "statements_position_idx" ON "statements" USING btree ("position");
  CREATE INDEX "statements_speaker_idx" ON "statements" USING btree ("speaker_id");
  CREATE INDEX "statements_stage_idx" ON "statements" USING btree ("stage");
  CREATE INDEX "statements_published_at_idx" ON "statements" USING btree ("published_at");
  CREATE INDEX "statements_owner_idx" ON "statements" USING btree ("owner_id");
  CREATE INDEX "statements_updated_at_idx" ON "statements" USING btree ("updated_at");
  CREATE INDEX "statements_created_at_idx" ON "statements" USING btree ("created_at");
  CREATE INDEX "statements__status_idx" ON "statements" USING btree ("_status");
  CREATE INDEX "_statements_v_version_speaker_titles_order_idx" ON "_statements_v_version_speaker_titles" USING btree ("_order");
  CREATE INDEX "_statements_v_version_speaker_titles_parent_id_idx" ON "_statements_v_version_speaker_titles" USING btree ("_parent_id");
  CREATE INDEX "_statements_v_version_bylines_order_idx" ON "_statements_v_version_bylines" USING btree ("_order");
  CREATE INDEX "_statements_v_version_bylines_parent_id_idx" ON "_statements_v_version_bylines" USING btree ("_parent_id");
  CREATE INDEX "_statements_v_version_bylines_reporter_idx" ON "_statements_v_version_bylines" USING btree ("reporter_id");
  CREATE INDEX "_statements_v_parent_idx" ON "_statements_v" USING btree ("parent_id");
  CREATE INDEX "_statements_v_version_version_article_idx" ON "_statements_v" USING btree ("version_article_id");
  CREATE INDEX "_statements_v_version_version_position_idx" ON "_statements_v" USING btree ("version_position");
  CREATE INDEX "_statements_v_version_version_speaker_idx" ON "_statements_v" USING btree ("version_speaker_id");
  CREATE INDEX "_statements_v_version_version_stage_idx" ON "_statements_v" USING btree ("version_stage");
  CREATE INDEX "_statements_v_version_version_published_at_idx" ON "_statements_v" USING btree ("version_published_at");
  CREATE INDEX "_statements_v_version_version_owner_idx" ON "_statements_v" USING btree ("version_owner_id");
  CREATE INDEX "_statements_v_version_version_updated_at_idx" ON "_statements_v" USING btree ("version_updated_at");
  CREATE INDEX "_statements_v_version_version_created_at_idx" ON "_statements_v" USING btree ("version_created_at");
  CREATE INDEX "_statements_v_version_version__status_idx" ON "_statements_v" USING btree ("version__status");
  CREATE INDEX "_statements_v_created_at_idx" ON "_statements_v" USING btree ("created_at");
  CREATE INDEX "_statements_v_updated_at_idx" ON "_statements_v" USING btree ("updated_at");
  CREATE INDEX "_statements_v_latest_idx" ON "_statements_v" USING btree ("latest");
  CREATE INDEX "_statements_v_autosave_idx" ON "_statements_v" USING btree ("autosave");
  CREATE INDEX "delegates_aliases_order_idx" ON "delegates_aliases" USING btree ("_order");
  CREATE INDEX "delegates_aliases_parent_id_idx" ON "delegates_aliases" USING btree ("_parent_id");
  CREATE INDEX "delegates_titles_order_idx" ON "delegates_titles" USING btree ("_order");
  CREATE INDEX "delegates_titles_parent_id_idx" ON "delegates_titles" USING btree ("_parent_id");
  CREATE INDEX "delegates_name_idx" ON "delegates" USING btree ("name");
  CREATE UNIQUE INDEX "delegates_slug_idx" ON "delegates" USING btree ("slug");
  CREATE INDEX "delegates_photo_idx" ON "delegates" USING btree ("photo_id");
  CREATE INDEX "delegates_updated_at_idx" ON "delegates" USING btree ("updated_at");
  CREATE INDEX "delegates_created_at_idx" ON "delegates" USING btree ("created_at");
  CREATE INDEX "delegates_rels_order_idx" ON "delegates_rels" USING btree ("order");
  CREATE INDEX "delegates_rels_parent_idx" ON "delegates_rels" USING btree ("parent_id");
  CREATE INDEX "delegates_rels_path_idx" ON "delegates_rels" USING btree ("path");
  CREATE INDEX "delegates_rels_delegates_id_idx" ON "delegates_rels" USING btree ("delegates_id");
  CREATE INDEX "reporters_name_idx" ON "reporters" USING btree ("name");
  CREATE UNIQUE INDEX "reporters_slug_idx" ON "reporters" USING btree ("slug");
  CREATE UNIQUE INDEX "reporters_user_idx" ON "reporters" USING btree ("user_id");
  CREATE INDEX "reporters_updated_at_idx" ON "reporters" USING btree ("updated_at");
  CREATE INDEX "reporters_created_at_idx" ON "reporters" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "audit_user_idx" ON "audit" USING btree ("user_id");
  CREATE INDEX "audit_collection_slug_idx" ON "audit" USING btree ("collection_slug");
  CREATE INDEX "audit_document_id_idx" ON "audit" USING btree ("document_id");
  CREATE INDEX "audit_updated_at_idx" ON "audit" USING btree ("updated_at");
  CREATE INDEX "audit_created_at_idx" ON "audit" USING btree ("created_at");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_articles_id_idx" ON "comments_rels" USING btree ("articles_id");
  CREATE INDEX "comments_rels_statements_id_idx" ON "comments_rels" USING btree ("statements_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_reporter_id_reporters_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."reporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_statements_fk" FOREIGN KEY ("statements_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delegates_fk" FOREIGN KEY ("delegates_id") REFERENCES "public"."delegates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reporters_fk" FOREIGN KEY ("reporters_id") REFERENCES "public"."reporters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_reporter_idx" ON "users" USING btree ("reporter_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("statements_id");
  CREATE INDEX "payload_locked_documents_rels_delegates_id_idx" ON "payload_locked_documents_rels" USING btree ("delegates_id");
  CREATE INDEX "payload_locked_documents_rels_reporters_id_idx" ON "payload_locked_documents_rels" USING btree ("reporters_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_bylines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_bylines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "statements_speaker_titles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "statements_bylines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "statements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_statements_v_version_speaker_titles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_statements_v_version_bylines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_statements_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegates_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegates_titles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegates_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reporters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_bylines" CASCADE;
  DROP TABLE "articles_corrections" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "_articles_v_version_bylines" CASCADE;
  DROP TABLE "_articles_v_version_corrections" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "statements_speaker_titles" CASCADE;
  DROP TABLE "statements_bylines" CASCADE;
  DROP TABLE "statements" CASCADE;
  DROP TABLE "_statements_v_version_speaker_titles" CASCADE;
  DROP TABLE "_statements_v_version_bylines" CASCADE;
  DROP TABLE "_statements_v" CASCADE;
  DROP TABLE "delegates_aliases" CASCADE;
  DROP TABLE "delegates_titles" CASCADE;
  DROP TABLE "delegates" CASCADE;
  DROP TABLE "delegates_rels" CASCADE;
  DROP TABLE "reporters" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "audit" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_reporter_id_reporters_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_statements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delegates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reporters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  DROP INDEX "users_reporter_idx";
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_statements_id_idx";
  DROP INDEX "payload_locked_documents_rels_delegates_id_idx";
  DROP INDEX "payload_locked_documents_rels_reporters_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_id_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  ALTER TABLE "users" DROP COLUMN "reporter_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "statements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delegates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reporters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  DROP TYPE "public"."enum_articles_bylines_credit";
  DROP TYPE "public"."enum_articles_stage";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_bylines_credit";
  DROP TYPE "public"."enum__articles_v_version_stage";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_statements_bylines_credit";
  DROP TYPE "public"."enum_statements_stage";
  DROP TYPE "public"."enum_statements_status";
  DROP TYPE "public"."enum__statements_v_version_bylines_credit";
  DROP TYPE "public"."enum__statements_v_version_stage";
  DROP TYPE "public"."enum__statements_v_version_status";
  DROP TYPE "public"."enum_reporters_default_credit";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
