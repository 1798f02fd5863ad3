// Used by tests: the history and the proposals.
MATCH (n) WHERE n:Change OR n:Proposal DETACH DELETE n
