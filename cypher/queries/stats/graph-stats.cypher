// Read: how big the graph is — node counts per entity kind (and Source) and relationship counts per
// type, every figure answered from Neo4j's counts store (one single-label or label-type pattern
// each: no scan, O(1) at any size). Only published entities count: relationships are counted from
// an :Entity start node, so a staged seed load's unpublished records (label SeedPending) are left
// out, as are bookkeeping nodes (SchemaMigration, CurationEdit, SeedLoad). The lists follow the
// vocabulary (src/seed/vocabulary.ts; tests/cypher-files.test.ts checks they match).
// Each count() stands alone in its WITH: a value next to it (such as the name) would be a grouping
// key, and Neo4j then scans every node or relationship instead of reading the counts store
// (tests/cypher-files.test.ts checks the plan).
// Parameters: none.
// Returns: labels (list of {name, count}, count > 0), relationshipTypes (list of {name, count},
//          count > 0), nodeCount, relationshipCount (integers).
CALL () {
  MATCH (n:Person) WITH count(n) AS count RETURN 'Person' AS name, count
  UNION ALL
  MATCH (n:Institution) WITH count(n) AS count RETURN 'Institution' AS name, count
  UNION ALL
  MATCH (n:Project) WITH count(n) AS count RETURN 'Project' AS name, count
  UNION ALL
  MATCH (n:Programme) WITH count(n) AS count RETURN 'Programme' AS name, count
  UNION ALL
  MATCH (n:Document) WITH count(n) AS count RETURN 'Document' AS name, count
  UNION ALL
  MATCH (n:Event) WITH count(n) AS count RETURN 'Event' AS name, count
  UNION ALL
  MATCH (n:Dialogue) WITH count(n) AS count RETURN 'Dialogue' AS name, count
  UNION ALL
  MATCH (n:ResearchArea) WITH count(n) AS count RETURN 'ResearchArea' AS name, count
  UNION ALL
  MATCH (n:Place) WITH count(n) AS count RETURN 'Place' AS name, count
  UNION ALL
  MATCH (n:Source) WITH count(n) AS count RETURN 'Source' AS name, count
}
WITH collect({name: name, count: count}) AS all
WITH [x IN all WHERE x.count > 0] AS labels, reduce(s = 0, x IN all | s + x.count) AS nodeCount
CALL () {
  MATCH (:Entity)-[r:AFFILIATED_WITH]->() WITH count(r) AS count RETURN 'AFFILIATED_WITH' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:PART_OF]->() WITH count(r) AS count RETURN 'PART_OF' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:LOCATED_IN]->() WITH count(r) AS count RETURN 'LOCATED_IN' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:HELD_IN]->() WITH count(r) AS count RETURN 'HELD_IN' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:PARTICIPATED_IN]->() WITH count(r) AS count RETURN 'PARTICIPATED_IN' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:MET]->() WITH count(r) AS count RETURN 'MET' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:ORGANISED]->() WITH count(r) AS count RETURN 'ORGANISED' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:FUNDED_UNDER]->() WITH count(r) AS count RETURN 'FUNDED_UNDER' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:PARTNER_IN]->() WITH count(r) AS count RETURN 'PARTNER_IN' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:ADDRESSES]->() WITH count(r) AS count RETURN 'ADDRESSES' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:SETS_PRIORITY]->() WITH count(r) AS count RETURN 'SETS_PRIORITY' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:SUPPORTS]->() WITH count(r) AS count RETURN 'SUPPORTS' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:CONCERNS]->() WITH count(r) AS count RETURN 'CONCERNS' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:AGREED]->() WITH count(r) AS count RETURN 'AGREED' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:PREPARES]->() WITH count(r) AS count RETURN 'PREPARES' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:SIGNED]->() WITH count(r) AS count RETURN 'SIGNED' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:NARROWER_THAN]->() WITH count(r) AS count RETURN 'NARROWER_THAN' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:LEADS]->() WITH count(r) AS count RETURN 'LEADS' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:ATTACHED_TO]->() WITH count(r) AS count RETURN 'ATTACHED_TO' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:PARTY_TO]->() WITH count(r) AS count RETURN 'PARTY_TO' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:ESTABLISHED_UNDER]->() WITH count(r) AS count RETURN 'ESTABLISHED_UNDER' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:MEETING_OF]->() WITH count(r) AS count RETURN 'MEETING_OF' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:HELD_ALONGSIDE]->() WITH count(r) AS count RETURN 'HELD_ALONGSIDE' AS name, count
  UNION ALL
  MATCH (:Entity)-[r:FOLLOWS]->() WITH count(r) AS count RETURN 'FOLLOWS' AS name, count
}
WITH labels, nodeCount, collect({name: name, count: count}) AS all
RETURN labels, [x IN all WHERE x.count > 0] AS relationshipTypes, nodeCount,
       reduce(s = 0, x IN all | s + x.count) AS relationshipCount
