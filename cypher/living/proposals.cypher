// Proposals, newest first; $by limits them to one proposer.
MATCH (p:Proposal)
WHERE ($status IS NULL OR p.status = $status) AND ($by IS NULL OR p.by = $by)
RETURN p {.id, .entity, .entityId, .baseVersion, .diff, .input, .by, .at, .status, .reviewedBy, .reviewedAt, .comment} AS proposal
ORDER BY p.at DESC, p.id
LIMIT $first
