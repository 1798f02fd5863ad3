MATCH (p:Partnership {id: $id})
RETURN p {.*} AS partnership
