CREATE TABLE "registered_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"sha256" text NOT NULL,
	"document" text NOT NULL,
	"operation_names" text[] NOT NULL,
	"registered_by_client_id" text NOT NULL,
	"registered_by_role" "role" NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"request_id" text,
	CONSTRAINT "registered_documents_client_sha256_key" UNIQUE("client_id","sha256")
);
--> statement-breakpoint
CREATE INDEX "registered_documents_sha256_idx" ON "registered_documents" USING btree ("sha256");--> statement-breakpoint
-- Hand-written: the registration is its own audit record (DOC-4), append-only like the other logs.
CREATE TRIGGER registered_documents_append_only BEFORE UPDATE OR DELETE ON registered_documents
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
--> statement-breakpoint
CREATE TRIGGER registered_documents_no_truncate BEFORE TRUNCATE ON registered_documents
  FOR EACH STATEMENT EXECUTE FUNCTION koordinat_refuse_change();
