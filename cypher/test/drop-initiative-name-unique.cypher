// Used by the fault tests: removes test_initiative_name again.
DROP CONSTRAINT test_initiative_name IF EXISTS
