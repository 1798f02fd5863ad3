// What the loaded tier holds, to put next to its numbers.
CALL { MATCH (n:Partnership) RETURN count(n) AS partnerships }
CALL { MATCH (n:Party) RETURN count(n) AS parties }
CALL { MATCH (n:Table) RETURN count(n) AS tables }
CALL { MATCH (n:Municipality) RETURN count(n) AS municipalities }
CALL { MATCH (n:Network) RETURN count(n) AS networks }
CALL { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL { MATCH ()-[r:SITS_AT]->() RETURN count(r) AS seats }
RETURN partnerships, parties, tables, municipalities, networks, memberships, seats
