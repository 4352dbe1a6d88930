-- KL 40-KL/TW assigns the cut to the whole body (province bloc, scheme), not to each office: judge it at the scheme
-- level by default. level=AGENCY keeps the stricter per-agency reading for packs that want it.
-- [jooq ignore start]
UPDATE rule_setting SET params = params || ';level=SCHEME' WHERE rule_id = 'REDUCTION_TARGET' AND params NOT LIKE '%level=%';
-- [jooq ignore stop]
