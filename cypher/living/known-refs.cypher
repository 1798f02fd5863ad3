// Which of the referenced ids exist (an edit may only point at live records).
RETURN [k IN $networks WHERE EXISTS { MATCH (:Network {key: k}) }] AS networks,
       [id IN $parties WHERE EXISTS { MATCH (:Party {id: id}) }] AS parties,
       [id IN $partnerships WHERE EXISTS { MATCH (:Partnership {id: id}) }] AS partnerships,
       [id IN $tables WHERE EXISTS { MATCH (:Table {id: id}) }] AS tables
