// Used by tests: a read that runs for as long as $n asks (tens of seconds for
// a billion), to prove that timeouts and cancellation stop it in Neo4j.
UNWIND range(1, $n) AS x
WITH x WHERE x % 1000003 = -1
RETURN count(x) AS hits
