-- A scheme may correct a rule's thresholds for itself alone, not only its severity. params holds only the keys the
-- scheme changes (key=value;key=value), laid over the pack's parameters when the scheme is checked, so a later fix
-- of the pack still reaches the keys the scheme left alone. severity becomes optional: NULL keeps the pack's.
ALTER TABLE scheme_rule_override ADD COLUMN params VARCHAR(4096);
ALTER TABLE scheme_rule_override ALTER COLUMN severity DROP NOT NULL;
