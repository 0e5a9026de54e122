// Admin: waits until every index is online (after migrations created new ones).
// Parameters: $seconds (integer, how long to wait at most).
CALL db.awaitIndexes($seconds)
