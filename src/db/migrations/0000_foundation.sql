CREATE TABLE "admin_unit_mappings" (
	"legacy_code" text NOT NULL,
	"current_code" text NOT NULL,
	"legacy_province_code" text NOT NULL,
	"current_province_code" text NOT NULL,
	"part" text NOT NULL,
	"ordinal" integer NOT NULL,
	CONSTRAINT "admin_unit_mappings_legacy_code_current_code_pk" PRIMARY KEY("legacy_code","current_code")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"structure" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"type" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL,
	"district_code" text,
	"current_province_code" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"search_text" text NOT NULL,
	CONSTRAINT "admin_units_structure_code_pk" PRIMARY KEY("structure","code")
);
--> statement-breakpoint
CREATE TABLE "product_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"ordinal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text,
	"district_code" text,
	"entity_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"changes" jsonb,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "business_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"output" bigint,
	"output_unit" text,
	"revenue_vnd" bigint NOT NULL,
	"cost_vnd" bigint NOT NULL,
	"profit_vnd" bigint NOT NULL,
	"employees" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"legal_form" text,
	"name" text NOT NULL,
	"tax_code" text,
	"representative" text NOT NULL,
	"address" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"founded_year" integer,
	"members" integer,
	"employees" integer,
	"woman_led" boolean DEFAULT false NOT NULL,
	"ethnic_minority_led" boolean DEFAULT false NOT NULL,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "product_star_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"stars" integer NOT NULL,
	"year" integer NOT NULL,
	"recognised_on" date,
	"level" text NOT NULL,
	"unit_structure" text,
	"unit_code" text,
	"decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"name" text NOT NULL,
	"group_code" text NOT NULL,
	"subgroup_code" text NOT NULL,
	"description" text,
	"story" text,
	"raw_material_origin" text,
	"packaging" text,
	"quality_standard" text,
	"trademark" text,
	"gtin" text,
	"price_vnd" bigint,
	"price_unit" text,
	"where_to_buy" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"stars" integer,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_figures" ADD CONSTRAINT "business_figures_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_star_records" ADD CONSTRAINT "product_star_records_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_unit_mappings_current_idx" ON "admin_unit_mappings" USING btree ("current_code");--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("structure","parent_code");--> statement-breakpoint
CREATE INDEX "login_failures_key_at_idx" ON "login_failures" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "business_figures_product_year_uq" ON "business_figures" USING btree ("product_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "entities_tax_code_uq" ON "entities" USING btree ("tax_code") WHERE "entities"."tax_code" is not null and "entities"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "entities_province_idx" ON "entities" USING btree ("province_code","sort_key");--> statement-breakpoint
CREATE INDEX "entities_unit_idx" ON "entities" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "product_star_records_product_idx" ON "product_star_records" USING btree ("product_id","year");--> statement-breakpoint
CREATE INDEX "products_entity_idx" ON "products" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "products_province_idx" ON "products" USING btree ("province_code","sort_key");--> statement-breakpoint
CREATE INDEX "products_stars_idx" ON "products" USING btree ("stars");