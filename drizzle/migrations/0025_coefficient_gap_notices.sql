CREATE TABLE "civil_servant_coefficient_gap_notices" (
	"valid_from" date PRIMARY KEY NOT NULL,
	"first_uncovered_day" date NOT NULL,
	"notified_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- REIMB-8: the three half-years found published since (drizzle/seed/data/civil-servant-coefficients.csv names the
-- sources), for databases seeded before; a period SGK already entered for those days is kept.
INSERT INTO "civil_servant_coefficients" ("valid_from", "valid_until", "coefficient_millionths", "created_by_client_id", "created_at")
VALUES ('2022-07-01', '2022-12-31', 333603, 'seed', '2026-12-04T00:00:00Z'),
       ('2025-07-01', '2025-12-31', 1170211, 'seed', '2026-12-04T00:00:00Z'),
       ('2026-07-01', '2026-12-31', 1575512, 'seed', '2026-12-04T00:00:00Z')
ON CONFLICT DO NOTHING;
