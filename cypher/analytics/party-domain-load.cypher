// A party's load (partnerships + tables, as in party-load.cypher) on $asOf (DESIGN.md §9.3)
// against the parties of its domain: how many there are, its rank among them (1 = the highest
// load; ties share the better rank), the domain's median and highest load. A membership counts
// when it and its partnership are valid on $asOf, a seat when it is.
MATCH (me:Party {id: $id})
MATCH (other:Party {domain: me.domain})
CALL (other) {
  RETURN COUNT { (other)-[member:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(member)
           AND
#include fragments/valid-on(p)
         } AS partnerships,
         COUNT { (other)-[seat:SITS_AT]->() WHERE
#include fragments/valid-on(seat)
         } AS tables
}
WITH me, other, partnerships, tables, partnerships + tables AS load
WITH me, collect(load) AS loads, max(load) AS highest, percentileCont(load, 0.5) AS median,
     sum(CASE WHEN other = me THEN partnerships ELSE 0 END) AS partnerships,
     sum(CASE WHEN other = me THEN tables ELSE 0 END) AS tables
WITH me, loads, highest, median, partnerships, tables, partnerships + tables AS load
RETURN me.domain AS domain, partnerships, tables, load, size(loads) AS parties,
       size([x IN loads WHERE x > load]) + 1 AS rank, median, highest
