ALTER TABLE "cycle_files" ADD COLUMN "reused_from_file_id" uuid;--> statement-breakpoint
ALTER TABLE "cycle_files" ADD COLUMN "original_date" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "purpose" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "reused_from_id" uuid;