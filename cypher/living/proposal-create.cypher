CREATE (p:Proposal {id: $id, entity: $entity, entityId: $entityId, baseVersion: $baseVersion, diff: $diff, input: $input,
                    by: $by, at: datetime($at), status: 'PENDING'})
RETURN p.id AS id
