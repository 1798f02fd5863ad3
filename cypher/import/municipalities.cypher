UNWIND $rows AS row
MERGE (m:Municipality {code: row.code})
SET m.name = row.name,
    m.province = row.province,
    m.location = point({latitude: row.lat, longitude: row.lon})
