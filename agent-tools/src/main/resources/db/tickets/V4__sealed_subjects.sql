-- Subjects are sealed like bodies (they start with the customer's words); a sealed value is longer.
ALTER TABLE tickets ALTER COLUMN subject SET DATA TYPE VARCHAR(1000);
