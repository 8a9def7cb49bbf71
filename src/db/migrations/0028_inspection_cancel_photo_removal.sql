DROP INDEX "inspection_photos_sha_uq";--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD COLUMN "deleted_by" uuid;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_photos_sha_uq" ON "inspection_photos" USING btree ("inspection_id","sha256") WHERE "inspection_photos"."deleted_at" is null;