// Network overlap, basis PARTIES: a network's set is the parties that are members of any of its
// partnerships that pass the partnership filter (all of them when no filter is given).
// One row per unordered pair of networks with a non-empty intersection.
// Network i (by key) is bit 2^i; a party's signature is the sum of the bits of its networks. The one
// row per membership collapses into at most 2^networks signatures before any pair is formed.
MATCH (n:Network)
WITH n ORDER BY n.key
WITH collect(n) AS networks
UNWIND range(0, size(networks) - 1) AS i
WITH networks[i] AS n, toInteger(2 ^ i) AS bit
// Each network's parties once (seven small sets), then the sum per party: far fewer
// rows to group by party than one per membership.
CALL {
  WITH n
  MATCH (n)<-[link:PART_OF]-(p:Partnership)
  WHERE
#include fragments/valid-on(link)
  AND
#include fragments/partnership-filter
  MATCH (p)<-[member:MEMBER_OF]-(party)
  WHERE
#include fragments/valid-on(member)
  RETURN DISTINCT party
}
WITH party, sum(bit) AS signature
WITH signature, count(*) AS parties
WITH collect({signature: signature, parties: parties}) AS groups
MATCH (n:Network)
WITH groups, n ORDER BY n.key
WITH groups, collect(n.key) AS keys
UNWIND range(0, size(keys) - 2) AS i
UNWIND range(i + 1, size(keys) - 1) AS j
WITH keys[i] AS a, keys[j] AS b,
     [g IN groups WHERE (g.signature / toInteger(2 ^ i)) % 2 = 1 | g] AS inA,
     [g IN groups WHERE (g.signature / toInteger(2 ^ j)) % 2 = 1 | g] AS inB,
     [g IN groups WHERE (g.signature / toInteger(2 ^ i)) % 2 = 1 AND (g.signature / toInteger(2 ^ j)) % 2 = 1 | g] AS inBoth
WITH a, b, reduce(c = 0, g IN inA | c + g.parties) AS sizeA, reduce(c = 0, g IN inB | c + g.parties) AS sizeB,
     reduce(c = 0, g IN inBoth | c + g.parties) AS shared
WHERE shared > 0
RETURN a, b, shared, toFloat(shared) / (sizeA + sizeB - shared) AS jaccard
ORDER BY a, b
