// Admin (integrity repair, `npm run check -- --repair`): removes ordinals outside 1..$maxOrdinal (or
// not whole numbers) from events and MEETING_OF relationships; the rest of each record stays.
// Parameters: $maxOrdinal. Returns: removed (values removed).
CALL () {
  MATCH (e:Event)
  WHERE e.ordinal IS NOT NULL
    AND NOT (valueType(e.ordinal) STARTS WITH "INTEGER" AND e.ordinal >= 1 AND e.ordinal <= $maxOrdinal)
  REMOVE e.ordinal
  RETURN count(*) AS n
  UNION ALL
  MATCH ()-[m:MEETING_OF]->()
  WHERE m.ordinal IS NOT NULL
    AND NOT (valueType(m.ordinal) STARTS WITH "INTEGER" AND m.ordinal >= 1 AND m.ordinal <= $maxOrdinal)
  REMOVE m.ordinal
  RETURN count(*) AS n
}
RETURN sum(n) AS removed
