CREATE TABLE "product_recognition_years" (
	"product_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"stars" integer NOT NULL,
	"recognitions" integer NOT NULL,
	"first_year" integer NOT NULL,
	"next_year" integer,
	"entity_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	CONSTRAINT "product_recognition_years_product_id_year_pk" PRIMARY KEY("product_id","year")
);
--> statement-breakpoint
CREATE INDEX "product_recognition_years_district_idx" ON "product_recognition_years" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "product_recognition_years_entity_idx" ON "product_recognition_years" USING btree ("entity_id");