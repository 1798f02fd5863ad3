// Domain coverage per network: how many of its partnerships lack each core
// domain (care, social, a financier, citizens).
MATCH (n:Network)
OPTIONAL MATCH (p:Partnership)-[:PART_OF]->(n)
WITH n, p, [(party:Party)-[:MEMBER_OF]->(p) | party.domain] AS domains
WITH n,
     count(p) AS partnerships,
     sum(CASE WHEN p IS NOT NULL AND NOT 'care' IN domains THEN 1 ELSE 0 END) AS missingCare,
     sum(CASE WHEN p IS NOT NULL AND NOT 'social' IN domains THEN 1 ELSE 0 END) AS missingSocial,
     sum(CASE WHEN p IS NOT NULL AND none(d IN domains WHERE d STARTS WITH 'financier-') THEN 1 ELSE 0 END) AS missingFinancier,
     sum(CASE WHEN p IS NOT NULL AND NOT 'citizens' IN domains THEN 1 ELSE 0 END) AS missingCitizens
RETURN n.key AS network, partnerships, missingCare, missingSocial, missingFinancier, missingCitizens
ORDER BY network
