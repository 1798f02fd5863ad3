// Archives a partnership as of a date (DESIGN.md §9.3): it stopped on $validTo, so it no
// longer counts on that day and after, and still does before it. It keeps its label and
// relationships: the views of earlier dates see it as it was.
MATCH (p:Partnership {id: $id})
SET p.validTo = date($validTo), p.version = p.version + 1
RETURN p.id AS id, p.version AS version
