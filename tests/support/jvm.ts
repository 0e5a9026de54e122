import fs from "node:fs";

// JVM options for every Java process the tests start (the shared Neo4j, the writers' one, the Neo4j
// instances that lost-database starts, stops and kills, neo4j-admin and the databases it imported
// into, the bulk load's): C1 only. The C2 compiler's work pays off only for a long, hot workload;
// the tests send many small, varied statements to small graphs. Measured (3 December 2026): a Neo4j
// start and stop costs 15 s of CPU with C1 against 25 s with both; on nine e2e files, the shared and
// the writers' Neo4j used 80 and 58 s of CPU with C1 against 111 and 99 s with both.
export const TEST_JVM: readonly string[] = ["-XX:TieredStopAtLevel=1"];

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (Linux, 100 clock
 * ticks a second); undefined where there is no /proc. The setups print it for their Neo4j at the end. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
