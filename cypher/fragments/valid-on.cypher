// "Valid on a date" (DESIGN.md §9.3), the one place it is written: `entity` (a Partnership, or a
// MEMBER_OF, SITS_AT or PART_OF relationship) counts on $asOf when its half-open [validFrom, validTo)
// holds that date. A missing bound is open, so an undated record is always valid. Both bounds are
// Neo4j dates compared with the date parameter as they are (no function on the property), so a
// range index on validFrom or validTo can answer it. Include it as `#include fragments/valid-on(p)`,
// or with another date: `#include fragments/valid-on(r, $from)`.
// names: entity, $asOf
((entity.validFrom IS NULL OR entity.validFrom <= $asOf) AND (entity.validTo IS NULL OR $asOf < entity.validTo))
