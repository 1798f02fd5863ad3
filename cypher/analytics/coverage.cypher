// Domain coverage per network on $asOf (DESIGN.md §4, §9.3): how many of its partnerships
// then lack each core domain (care, social, a financier, citizens) among their members then.
// A partnership is in a network on a date when it and its PART_OF are both valid then.
MATCH (n:Network)
OPTIONAL MATCH (p:Partnership)-[link:PART_OF]->(n)
WHERE
#include fragments/valid-on(p)
  AND
#include fragments/valid-on(link)
WITH n, p, [(party:Party)-[member:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(member)
  | party.domain] AS domains
WITH n,
     count(p) AS partnerships,
     sum(CASE WHEN p IS NOT NULL AND NOT 'care' IN domains THEN 1 ELSE 0 END) AS missingCare,
     sum(CASE WHEN p IS NOT NULL AND NOT 'social' IN domains THEN 1 ELSE 0 END) AS missingSocial,
     sum(CASE WHEN p IS NOT NULL AND none(d IN domains WHERE d STARTS WITH 'financier-') THEN 1 ELSE 0 END) AS missingFinancier,
     sum(CASE WHEN p IS NOT NULL AND NOT 'citizens' IN domains THEN 1 ELSE 0 END) AS missingCitizens
RETURN n.key AS network, partnerships, missingCare, missingSocial, missingFinancier, missingCitizens
ORDER BY network
