// Used by tests: how many change records the history holds, as `changes` reads
// them: a list of records an import created counts one per record.
MATCH (c:Change)
RETURN sum(CASE WHEN c.entityIds IS NULL THEN 1 ELSE size(c.entityIds) END) AS n
