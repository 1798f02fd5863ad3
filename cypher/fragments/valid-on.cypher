// True when `entity` is valid on $asOf (DESIGN.md §9.3): the complement of
// fragments/not-valid-on.cypher, where the pattern is written. An undated record is valid.
// Include it as `#include fragments/valid-on(p)`, or with another date: `#include fragments/valid-on(r, $from)`.
// names: entity, $asOf
(NOT coalesce(
#include fragments/not-valid-on(entity, $asOf)
, false))
