MATCH (p:Proposal {id: $id})
SET p.status = $status, p.reviewedBy = $by, p.reviewedAt = datetime($at), p.comment = $comment
RETURN p {.id, .entity, .entityId, .baseVersion, .diff, .input, .by, .at, .status, .reviewedBy, .reviewedAt, .comment} AS proposal
