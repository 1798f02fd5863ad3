// A party's load (partnerships + tables, as in party-load.cypher) against the parties of
// its domain: how many there are, its rank among them (1 = the highest load; ties share
// the better rank), the domain's median and highest load.
MATCH (me:Party {id: $id})
MATCH (other:Party {domain: me.domain})
WITH me, other, COUNT { (other)-[:MEMBER_OF]->() } + COUNT { (other)-[:SITS_AT]->() } AS load
WITH me, collect(load) AS loads, max(load) AS highest, percentileCont(load, 0.5) AS median
WITH me, loads, highest, median, COUNT { (me)-[:MEMBER_OF]->() } AS partnerships, COUNT { (me)-[:SITS_AT]->() } AS tables
WITH me, loads, highest, median, partnerships, tables, partnerships + tables AS load
RETURN me.domain AS domain, partnerships, tables, load, size(loads) AS parties,
       size([x IN loads WHERE x > load]) + 1 AS rank, median, highest
