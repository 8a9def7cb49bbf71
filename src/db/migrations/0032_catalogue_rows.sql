CREATE TABLE "catalogue_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"subgroup_code" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"stars" integer NOT NULL,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
	"sort_key" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "catalogue_rows_search_fts_idx" ON "catalogue_rows" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalogue_rows_sort_idx" ON "catalogue_rows" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "catalogue_rows_province_idx" ON "catalogue_rows" USING btree ("province_code","sort_key");--> statement-breakpoint
CREATE INDEX "catalogue_rows_stars_idx" ON "catalogue_rows" USING btree ("stars","province_code","group_code");--> statement-breakpoint
CREATE INDEX "catalogue_rows_entity_idx" ON "catalogue_rows" USING btree ("entity_id");