// Whether an id is in use by a Table, live or archived.
RETURN EXISTS { MATCH (:Table {id: $id}) } OR EXISTS { MATCH (a:Archived {id: $id}) WHERE a.archivedKind = 'Table' } AS taken
