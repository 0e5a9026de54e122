// Admin (integrity check): ordinals outside what the seed rules allow (a whole number from 1 to
// $maxOrdinal), on events and on MEETING_OF relationships; such a value breaks every read of it.
// Parameters: $maxOrdinal, $limit. Returns: target (entity id or relationship key), property, value (text).
CALL () {
  MATCH (e:Event)
  WHERE e.ordinal IS NOT NULL
    AND NOT (valueType(e.ordinal) STARTS WITH "INTEGER" AND e.ordinal >= 1 AND e.ordinal <= $maxOrdinal)
  RETURN e.id AS target, "ordinal" AS property, toString(e.ordinal) AS value
  UNION ALL
  MATCH ()-[m:MEETING_OF]->()
  WHERE m.ordinal IS NOT NULL
    AND NOT (valueType(m.ordinal) STARTS WITH "INTEGER" AND m.ordinal >= 1 AND m.ordinal <= $maxOrdinal)
  RETURN m.key AS target, "ordinal" AS property, toString(m.ordinal) AS value
}
RETURN target, property, value
ORDER BY target
LIMIT $limit
