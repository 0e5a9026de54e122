// Admin (tests only): deliberately slow read, to prove that the transaction timeout stops a query
// that runs too long. Never called by the service.
// Parameters: $n (how many rows to count). Returns: counted.
UNWIND range(1, $n) AS x
WITH x WHERE x % 7 = 0
RETURN count(x) AS counted
