CREATE TABLE "cycle_funnel_items" (
	"kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"entity_id" uuid,
	"idea_id" uuid,
	"entity_type" text NOT NULL,
	"implemented" boolean DEFAULT false NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	CONSTRAINT "cycle_funnel_items_kind_item_id_pk" PRIMARY KEY("kind","item_id")
);
--> statement-breakpoint
CREATE INDEX "cycle_funnel_items_district_idx" ON "cycle_funnel_items" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "cycle_funnel_items_entity_idx" ON "cycle_funnel_items" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "cycle_funnel_items_idea_idx" ON "cycle_funnel_items" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "product_recognition_years_year_entity_idx" ON "product_recognition_years" USING btree ("year","entity_id");