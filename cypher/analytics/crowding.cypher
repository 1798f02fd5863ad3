// Crowding per municipality (DESIGN.md §4) on $asOf (§9.3): partnerships valid then
// that are active in it, the networks they belonged to then, governance tables covering
// it, and the parties that were members of those partnerships or seated at those tables then.
//
// Counted as if nothing were dated, then corrected by the records not valid on $asOf,
// which the range indexes find (fragments/not-valid-on): reading the dates of every
// membership and partnership would cost more than the count itself. Each correction
// takes back one of the rows the count made: a partnership active in the municipality,
// a (partnership, network) entry, a (partnership, member) or (table, seated party) row.
// A network or party counts when rows of it are left.
// Labels are left off where the relationship type already fixes them (only a
// Partnership is ACTIVE_IN, only a Party is a MEMBER_OF or SITS_AT, ...): each
// label test is a read per row, and the member rows are the bulk of the work.
CALL () {
  MATCH (p:Partnership)
  WHERE
#include fragments/not-valid-on(p)
  RETURN collect(p) AS gone
}
// Per municipality: the partnerships, network entries and member or seat rows not valid on $asOf.
CALL (gone) {
  CALL (gone) {
    UNWIND gone AS p
    MATCH (p)-[:ACTIVE_IN]->(m)
    RETURN m, p AS partnership, null AS network, null AS party
    UNION ALL
    CALL (gone) {
      UNWIND gone AS p
      MATCH (p)-[link:PART_OF]->(n)
      RETURN p, link, n
      UNION
      MATCH (p)-[link:PART_OF]->(n)
      WHERE
#include fragments/not-valid-on(link)
      RETURN p, link, n
    }
    MATCH (p)-[:ACTIVE_IN]->(m)
    RETURN m, null AS partnership, n AS network, null AS party
    UNION ALL
    CALL (gone) {
      UNWIND gone AS p
      MATCH (p)<-[member:MEMBER_OF]-(party)
      RETURN p, member, party
      UNION
      MATCH (p)<-[member:MEMBER_OF]-(party)
      WHERE
#include fragments/not-valid-on(member)
      RETURN p, member, party
    }
    MATCH (p)-[:ACTIVE_IN]->(m)
    RETURN m, null AS partnership, null AS network, party
    UNION ALL
    MATCH (t)<-[seat:SITS_AT]-(party)
    WHERE
#include fragments/not-valid-on(seat)
    MATCH (t)-[:COVERS]->(m)
    RETURN m, null AS partnership, null AS network, party
  }
  WITH m, count(partnership) AS partnerships, collect(network) AS networks, collect(party) AS parties
  RETURN collect({code: m.code, partnerships: partnerships, networks: networks, parties: parties}) AS corrections
}
MATCH (m:Municipality)
WHERE $province IS NULL OR m.province = $province
WITH m, coalesce([c IN corrections WHERE c.code = m.code][0], {partnerships: 0, networks: [], parties: []}) AS less
CALL (m) { MATCH (m)<-[:ACTIVE_IN]-(p) RETURN collect(p) AS ps }
CALL (m) { MATCH (m)<-[:COVERS]-(t) RETURN collect(t) AS ts }
CALL (ps, less) {
  CALL (ps, less) {
    UNWIND ps AS p
    MATCH (p)-[:PART_OF]->(n)
    RETURN n, 1 AS row
    UNION ALL
    UNWIND less.networks AS n
    RETURN n, -1 AS row
  }
  WITH n, sum(row) AS rows
  WHERE rows > 0
  RETURN count(n) AS networks
}
CALL (ps, ts, less) {
  CALL (ps, ts, less) {
    UNWIND ps AS p
    MATCH (p)<-[:MEMBER_OF]-(party)
    RETURN party, 1 AS row
    UNION ALL
    UNWIND ts AS t
    MATCH (t)<-[:SITS_AT]-(party)
    RETURN party, 1 AS row
    UNION ALL
    UNWIND less.parties AS party
    RETURN party, -1 AS row
  }
  WITH party, sum(row) AS rows
  WHERE rows > 0
  RETURN count(party) AS parties
}
WITH m, size(ps) - less.partnerships AS partnerships, networks, size(ts) AS tables, parties
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
