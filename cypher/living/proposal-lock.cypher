// A proposal under review; the status write takes its lock, so it is reviewed once.
MATCH (p:Proposal {id: $id})
SET p.status = p.status
RETURN p {.id, .entity, .entityId, .baseVersion, .diff, .input, .by, .at, .status, .reviewedBy, .reviewedAt, .comment} AS proposal
