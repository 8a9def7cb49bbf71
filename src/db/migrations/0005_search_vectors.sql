ALTER TABLE "entities" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED;--> statement-breakpoint
CREATE INDEX "entities_search_fts_idx" ON "entities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "entities_sort_idx" ON "entities" USING btree ("sort_key","id") WHERE "entities"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "products_search_fts_idx" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_sort_idx" ON "products" USING btree ("sort_key","id") WHERE "products"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "products_live_stars_idx" ON "products" USING btree ("stars","province_code","group_code") WHERE "products"."deleted_at" is null;