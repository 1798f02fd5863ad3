// Whether an id is in use by a Party, live or archived.
RETURN EXISTS { MATCH (:Party {id: $id}) } OR EXISTS { MATCH (a:Archived {id: $id}) WHERE a.archivedKind = 'Party' } AS taken
