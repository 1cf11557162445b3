ALTER TABLE "api_clients" ADD COLUMN "max_query_depth" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "max_query_aliases" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "max_query_directives" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "max_query_tokens" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "max_query_cost" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "rate_limit_points" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "rate_limit_restore_per_second" integer;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "trusted_documents_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_limits_positive" CHECK (coalesce("api_clients"."max_query_depth", 1) > 0 and coalesce("api_clients"."max_query_aliases", 0) >= 0 and coalesce("api_clients"."max_query_directives", 0) >= 0
      and coalesce("api_clients"."max_query_tokens", 1) > 0 and coalesce("api_clients"."max_query_cost", 1) > 0
      and coalesce("api_clients"."rate_limit_points", 1) > 0 and coalesce("api_clients"."rate_limit_restore_per_second", 1) > 0);