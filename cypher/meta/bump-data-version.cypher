// Inside a write's transaction: the data changed, every cached answer is stale.
MERGE (v:DataVersion {id: 'data'})
  ON CREATE SET v.epoch = randomUUID(), v.value = 0
SET v.value = v.value + 1
RETURN v.epoch AS epoch, v.value AS value
