UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnershipId})
MERGE (i:Initiative {id: row.id})
SET i.name = row.name,
    i.scalingStatus = row.scalingStatus
WITH i, p
CALL { WITH i MATCH (i)-[old:RUN_BY]->() DELETE old }
MERGE (i)-[:RUN_BY]->(p)
