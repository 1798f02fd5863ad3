// The dated entries of the partnerships' networks (DESIGN.md §9.3); undated ones are in
// partnerships.networks only.
MATCH (p:Partnership)-[link:PART_OF]->(n:Network)
WHERE link.validFrom IS NOT NULL OR link.validTo IS NOT NULL
RETURN p.id AS partnership_id, n.key AS network, link.validFrom AS valid_from, link.validTo AS valid_to
ORDER BY partnership_id, network
