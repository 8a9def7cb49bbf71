CREATE TABLE "dossier_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"option_code" text,
	"kind" text NOT NULL,
	"file_id" uuid,
	"url" text,
	"title" text NOT NULL,
	"valid_until" date,
	"reused_from_id" uuid,
	"original_date" date NOT NULL,
	"created_by_id" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "score_sheets" ADD COLUMN "comments" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_evidence" ADD CONSTRAINT "dossier_evidence_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_evidence" ADD CONSTRAINT "dossier_evidence_file_id_cycle_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."cycle_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_evidence_dossier_idx" ON "dossier_evidence" USING btree ("dossier_id","criterion_code");