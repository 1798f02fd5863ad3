// Used by tests: every node, data and users and history alike.
MATCH (n) DETACH DELETE n
