// JVM options for the tests' short-lived Java processes (the Neo4j instances that lost-database starts,
// stops and kills, neo4j-admin and the databases it imported into, the bulk load's): C1 only. Such a JVM does little work
// before it ends, so the C2 compiler's work at start-up is mostly wasted; C1 alone measured 15 s of CPU
// for a Neo4j start and stop against 25 s with both. The shared Neo4j and the writers' one, which serve
// the whole run, keep the default.
export const SHORT_LIVED_JVM: readonly string[] = ["-XX:TieredStopAtLevel=1"];
