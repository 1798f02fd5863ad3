// Where the data comes from: partnerships counted per source.
MATCH (p:Partnership)
RETURN p.source AS source, count(*) AS partnerships
ORDER BY partnerships DESC, source
