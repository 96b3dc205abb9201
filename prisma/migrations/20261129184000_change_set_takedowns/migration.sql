-- A takedown may name a whole change set: its entries come down together, in the order that
-- keeps links valid (an event before the country it names), instead of one schedule per entry
-- racing each other.
ALTER TABLE "Schedule" DROP CONSTRAINT "Schedule_names_its_target";
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_names_its_target" CHECK (
  ("action" = 'PUBLISH' AND "changeSetId" IS NOT NULL AND "entryId" IS NULL)
  OR ("action" = 'UNPUBLISH' AND (("entryId" IS NOT NULL) <> ("changeSetId" IS NOT NULL)))
);
