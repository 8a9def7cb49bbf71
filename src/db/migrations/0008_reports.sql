CREATE TABLE "programme_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text,
	"district_code" text,
	"file_id" uuid,
	"search_text" text NOT NULL,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "programme_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"unit_code" text NOT NULL,
	"unit_structure" text DEFAULT 'current' NOT NULL,
	"province_code" text,
	"district_code" text,
	"values" jsonb NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "programme_documents_uq" ON "programme_documents" USING btree ("unit_structure","unit_code","number","issued_on") WHERE "programme_documents"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "programme_documents_province_idx" ON "programme_documents" USING btree ("province_code","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_targets_unit_year_uq" ON "programme_targets" USING btree ("unit_code","year");--> statement-breakpoint
CREATE INDEX "programme_targets_province_idx" ON "programme_targets" USING btree ("province_code","year");