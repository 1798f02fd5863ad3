// Used by the fault tests: a constraint the import does not know about, so
// that a later batch of an otherwise valid import fails inside Neo4j.
CREATE CONSTRAINT test_initiative_name IF NOT EXISTS FOR (i:Initiative) REQUIRE i.name IS UNIQUE
