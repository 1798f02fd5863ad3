// The data version: bumped in the transaction of every import and edit. The
// epoch is new whenever the node is made anew (an emptied database), so a
// version number never names two states of the data.
OPTIONAL MATCH (v:DataVersion {id: 'data'})
RETURN coalesce(v.epoch, 'none') AS epoch, coalesce(v.value, 0) AS value
