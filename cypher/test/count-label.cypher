// Used by tests: how many nodes carry one label (a parameter, checked against the labels in use).
MATCH (n) WHERE $label IN labels(n)
RETURN count(n) AS n
