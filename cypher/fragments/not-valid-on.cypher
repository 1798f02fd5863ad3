// "Valid on a date" (DESIGN.md §9.3), the one place it is written, as its negation: true when
// `entity` (a Partnership, or a MEMBER_OF, SITS_AT or PART_OF relationship) is NOT valid on
// $asOf: its half-open [validFrom, validTo) does not hold that date. A missing bound is open,
// so for an undated record this is never true (it is null) and the record is always valid.
// As a WHERE it is answered by the range indexes on validFrom and validTo (cypher/schema.cypher),
// so a statement finds the few records not valid on a date without reading every record's
// dates; fragments/valid-on.cypher is its complement, for one record at hand.
// Include it as `#include fragments/not-valid-on(p)`, or with another date: `(link, $from)`.
// names: entity, $asOf
(entity.validFrom > $asOf OR entity.validTo <= $asOf)
