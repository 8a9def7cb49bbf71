CREATE TABLE "buyer_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organisation" text NOT NULL,
	"contact_name" text NOT NULL,
	"kind" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"tax_code" text,
	"status" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"quantity" numeric,
	"quantity_unit" text,
	"price_vnd" bigint,
	"delivery_by" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"buyer_user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"group_code" text,
	"subgroup_code" text,
	"quantity" numeric,
	"quantity_unit" text,
	"min_stars" integer DEFAULT 3 NOT NULL,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"from_date" date,
	"to_date" date,
	"note" text,
	"status" text DEFAULT 'open' NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"search_text" text NOT NULL,
	"request_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"status" text,
	"starts_on" date,
	"ends_on" date,
	"amount_vnd" bigint,
	"product_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"entity_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"search_text" text NOT NULL,
	"request_id" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "buyer_profiles" ADD CONSTRAINT "buyer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_offers" ADD CONSTRAINT "demand_offers_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_offers" ADD CONSTRAINT "demand_offers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "buyer_profiles_email_uq" ON "buyer_profiles" USING btree ("email");--> statement-breakpoint
CREATE INDEX "buyer_profiles_province_idx" ON "buyer_profiles" USING btree ("province_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "demand_offers_product_uq" ON "demand_offers" USING btree ("demand_id","product_id");--> statement-breakpoint
CREATE INDEX "demands_province_idx" ON "demands" USING btree ("province_code","status");--> statement-breakpoint
CREATE INDEX "demands_buyer_idx" ON "demands" USING btree ("buyer_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demands_request_uq" ON "demands" USING btree ("buyer_user_id","request_id") WHERE "demands"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "trade_records_kind_province_idx" ON "trade_records" USING btree ("kind","province_code","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "trade_records_request_uq" ON "trade_records" USING btree ("created_by","request_id") WHERE "trade_records"."request_id" is not null;