// Constraints and indexes for the model in DESIGN.md §3. Applied at every
// start; each statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT network_key IF NOT EXISTS FOR (n:Network) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT table_id IF NOT EXISTS FOR (n:Table) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_name IF NOT EXISTS FOR (n:Theme) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE;
CREATE POINT INDEX partnership_location IF NOT EXISTS FOR (n:Partnership) ON (n.location);
CREATE POINT INDEX municipality_location IF NOT EXISTS FOR (n:Municipality) ON (n.location);
CREATE INDEX partnership_phase IF NOT EXISTS FOR (n:Partnership) ON (n.phase);
CREATE INDEX party_domain IF NOT EXISTS FOR (n:Party) ON (n.domain);
CREATE INDEX municipality_province IF NOT EXISTS FOR (n:Municipality) ON (n.province);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Partnership|Party|Table|Municipality) ON EACH [n.name, n.description];
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.idHash IS UNIQUE;
CREATE CONSTRAINT password_token IF NOT EXISTS FOR (n:PasswordToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_by IF NOT EXISTS FOR (n:Change) ON (n.by);
CREATE INDEX proposal_status IF NOT EXISTS FOR (n:Proposal) ON (n.status);
CREATE INDEX archived_id IF NOT EXISTS FOR (n:Archived) ON (n.id);
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE INDEX region_type IF NOT EXISTS FOR (n:Region) ON (n.type);
// Validity (DESIGN.md §9.3, fragments/valid-on.cypher): range indexes on both bounds of every
// dated record, so "what started or stopped between two dates" is an index seek.
CREATE INDEX partnership_valid_from IF NOT EXISTS FOR (n:Partnership) ON (n.validFrom);
CREATE INDEX partnership_valid_to IF NOT EXISTS FOR (n:Partnership) ON (n.validTo);
CREATE INDEX member_valid_from IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.validFrom);
CREATE INDEX member_valid_to IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.validTo);
CREATE INDEX seat_valid_from IF NOT EXISTS FOR ()-[r:SITS_AT]-() ON (r.validFrom);
CREATE INDEX seat_valid_to IF NOT EXISTS FOR ()-[r:SITS_AT]-() ON (r.validTo);
CREATE INDEX network_member_valid_from IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.validFrom);
CREATE INDEX network_member_valid_to IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.validTo);
