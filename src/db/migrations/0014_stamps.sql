CREATE TABLE "stamp_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"certificate_id" uuid NOT NULL,
	"lot" text NOT NULL,
	"produced_on" date NOT NULL,
	"best_before" date,
	"count" integer NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stamp_scan_regions" (
	"stamp_id" uuid NOT NULL,
	"region" text NOT NULL,
	"scans" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stamp_scan_regions_stamp_id_region_pk" PRIMARY KEY("stamp_id","region")
);
--> statement-breakpoint
CREATE TABLE "stamps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"serial" text NOT NULL,
	"token" text NOT NULL,
	"kid" text NOT NULL,
	"scans" integer DEFAULT 0 NOT NULL,
	"first_scan_at" timestamp with time zone,
	"last_scan_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_batches" ADD CONSTRAINT "stamp_batches_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamp_scan_regions" ADD CONSTRAINT "stamp_scan_regions_stamp_id_stamps_id_fk" FOREIGN KEY ("stamp_id") REFERENCES "public"."stamps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamps" ADD CONSTRAINT "stamps_batch_id_stamp_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."stamp_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stamp_batches_product_lot_uq" ON "stamp_batches" USING btree ("product_id","lot");--> statement-breakpoint
CREATE INDEX "stamp_batches_province_idx" ON "stamp_batches" USING btree ("province_code","created_at");--> statement-breakpoint
CREATE INDEX "stamp_batches_entity_idx" ON "stamp_batches" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stamps_serial_uq" ON "stamps" USING btree ("serial");--> statement-breakpoint
CREATE UNIQUE INDEX "stamps_batch_seq_uq" ON "stamps" USING btree ("batch_id","seq");