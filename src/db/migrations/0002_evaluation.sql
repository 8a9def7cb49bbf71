CREATE TABLE "certificate_reminders" (
	"certificate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_reminders_certificate_id_kind_pk" PRIMARY KEY("certificate_id","kind")
);
--> statement-breakpoint
CREATE TABLE "certificate_sequences" (
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "certificate_sequences_province_code_year_pk" PRIMARY KEY("province_code","year")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"product_id" uuid NOT NULL,
	"entity_id" uuid NOT NULL,
	"round_id" uuid,
	"stars" integer NOT NULL,
	"level" text NOT NULL,
	"issuer_name" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"product_name" text NOT NULL,
	"entity_name" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text,
	"revoked_on" date,
	"revoked_reason" text,
	"revoked_by" uuid,
	"superseded_on" date,
	"superseded_by_id" uuid,
	"token" text NOT NULL,
	"kid" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criteria_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"rule_version" text NOT NULL,
	"decision_number" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"groups" jsonb NOT NULL,
	"status" text NOT NULL,
	"to_be_confirmed" boolean NOT NULL,
	"official" boolean DEFAULT false NOT NULL,
	"definition" jsonb NOT NULL,
	"based_on" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_conflicts" (
	"round_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_conflicts_round_id_product_id_user_id_pk" PRIMARY KEY("round_id","product_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_round_members" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_round_members_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_round_products" (
	"round_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"criteria_set_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"source" text DEFAULT 'direct' NOT NULL,
	"dossier_id" text,
	"dossier_status" text DEFAULT 'unchecked' NOT NULL,
	"dossier_present" jsonb,
	"dossier_missing" jsonb,
	"dossier_note" text,
	"checked_by" uuid,
	"checked_at" timestamp with time zone,
	"pre_assessment" jsonb,
	"result" jsonb,
	"mean_total" double precision,
	"stars" integer,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_round_products_round_id_product_id_pk" PRIMARY KEY("round_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"unit_structure" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text,
	"district_code" text,
	"date" date NOT NULL,
	"rule_version" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"decision_number" text,
	"decision_date" date,
	"decision_issuer" text,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"criteria_set_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"parts" jsonb NOT NULL,
	"complete" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"criteria_set_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"predicted_stars" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"alg" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_pem" text NOT NULL,
	"encrypted" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificate_reminders" ADD CONSTRAINT "certificate_reminders_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_conflicts" ADD CONSTRAINT "evaluation_conflicts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_members" ADD CONSTRAINT "evaluation_round_members_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_members" ADD CONSTRAINT "evaluation_round_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_products" ADD CONSTRAINT "evaluation_round_products_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_products" ADD CONSTRAINT "evaluation_round_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round_products" ADD CONSTRAINT "evaluation_round_products_criteria_set_id_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_criteria_set_id_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_criteria_set_id_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_uq" ON "certificates" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_round_product_uq" ON "certificates" USING btree ("round_id","product_id") WHERE "certificates"."round_id" is not null;--> statement-breakpoint
CREATE INDEX "certificates_product_idx" ON "certificates" USING btree ("product_id","issued_on");--> statement-breakpoint
CREATE INDEX "certificates_province_idx" ON "certificates" USING btree ("province_code","valid_until");--> statement-breakpoint
CREATE INDEX "certificates_entity_idx" ON "certificates" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_sets_code_uq" ON "criteria_sets" USING btree ("code");--> statement-breakpoint
CREATE INDEX "criteria_sets_effective_idx" ON "criteria_sets" USING btree ("status","effective_from");--> statement-breakpoint
CREATE INDEX "evaluation_round_members_user_idx" ON "evaluation_round_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "evaluation_round_products_product_idx" ON "evaluation_round_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "evaluation_rounds_province_idx" ON "evaluation_rounds" USING btree ("province_code","date");--> statement-breakpoint
CREATE INDEX "evaluation_rounds_status_idx" ON "evaluation_rounds" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_member_uq" ON "score_sheets" USING btree ("round_id","product_id","member_id");--> statement-breakpoint
CREATE INDEX "self_assessments_product_idx" ON "self_assessments" USING btree ("product_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_active_uq" ON "signing_keys" USING btree ("status") WHERE "signing_keys"."status" = 'active';