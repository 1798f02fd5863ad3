MATCH (p:Party {id: $id})
RETURN p {.*} AS party
