CREATE TABLE "civil_servant_coefficient_gap_notices" (
	"valid_from" date PRIMARY KEY NOT NULL,
	"first_uncovered_day" date NOT NULL,
	"notified_at" timestamp with time zone NOT NULL
);
