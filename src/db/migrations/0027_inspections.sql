CREATE TABLE "inspection_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" text,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_on" date NOT NULL,
	"checklist_code" text NOT NULL,
	"plan_note" text,
	"inspectors" text,
	"inspected_on" date,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text,
	"outcome" text,
	"fix_by" date,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"request_id" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_photos" ADD CONSTRAINT "inspection_photos_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_photos_inspection_idx" ON "inspection_photos" USING btree ("inspection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_photos_sha_uq" ON "inspection_photos" USING btree ("inspection_id","sha256");--> statement-breakpoint
CREATE INDEX "inspections_province_idx" ON "inspections" USING btree ("province_code","planned_on");--> statement-breakpoint
CREATE INDEX "inspections_product_idx" ON "inspections" USING btree ("product_id","planned_on");--> statement-breakpoint
CREATE INDEX "inspections_certificate_idx" ON "inspections" USING btree ("certificate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_request_uq" ON "inspections" USING btree ("created_by","request_id") WHERE "inspections"."request_id" is not null;