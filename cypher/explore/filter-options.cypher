// What the filters can offer: networks, themes, provinces and phases in use.
CALL { MATCH (n:Network) RETURN collect(n {.key, .name}) AS networks }
CALL { MATCH (t:Theme) WITH t.name AS name ORDER BY name RETURN collect(name) AS themes }
CALL { MATCH (m:Municipality) WITH DISTINCT m.province AS province ORDER BY province RETURN collect(province) AS provinces }
CALL { MATCH (p:Partnership) WHERE p.phase IS NOT NULL WITH DISTINCT p.phase AS phase ORDER BY phase RETURN collect(phase) AS phases }
RETURN networks, themes, provinces, phases
