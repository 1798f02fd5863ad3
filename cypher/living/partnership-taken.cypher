// Whether an id is in use by a Partnership, live or archived.
RETURN EXISTS { MATCH (:Partnership {id: $id}) } OR EXISTS { MATCH (a:Archived {id: $id}) WHERE a.archivedKind = 'Partnership' } AS taken
