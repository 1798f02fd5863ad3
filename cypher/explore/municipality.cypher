MATCH (m:Municipality {code: $code})
RETURN m {.*} AS municipality
