// Read: the cheapest round trip that proves the database answers (used by /health and start-up).
// Parameters: none. Returns: ok (1).
RETURN 1 AS ok
