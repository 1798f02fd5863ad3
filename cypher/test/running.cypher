// Used by tests: how many transactions are running a statement that contains $marker.
SHOW TRANSACTIONS YIELD currentQuery, status
WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
