// Read: how big the graph is — node counts per entity kind (and Source) and relationship counts per
// type, every figure answered from Neo4j's counts store (one single-label or label-type pattern
// each: no scan, O(1) at any size). Only published entities count: relationships are counted from
// an :Entity start node, so a staged seed load's unpublished records (label SeedPending) are left
// out, as are bookkeeping nodes (SchemaMigration, CurationEdit, SeedLoad). The lists follow the
// vocabulary (src/seed/vocabulary.ts; tests/cypher-files.test.ts checks they match).
// Parameters: none.
// Returns: labels (list of {name, count}, count > 0), relationshipTypes (list of {name, count},
//          count > 0), nodeCount, relationshipCount (integers).
CALL () {
  MATCH (n:Person) RETURN 'Person' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Institution) RETURN 'Institution' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Project) RETURN 'Project' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Programme) RETURN 'Programme' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Document) RETURN 'Document' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Event) RETURN 'Event' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Dialogue) RETURN 'Dialogue' AS name, count(n) AS count
  UNION ALL
  MATCH (n:ResearchArea) RETURN 'ResearchArea' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Place) RETURN 'Place' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Source) RETURN 'Source' AS name, count(n) AS count
}
WITH collect({name: name, count: count}) AS all
WITH [x IN all WHERE x.count > 0] AS labels, reduce(s = 0, x IN all | s + x.count) AS nodeCount
CALL () {
  MATCH (:Entity)-[r:AFFILIATED_WITH]->() RETURN 'AFFILIATED_WITH' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:PART_OF]->() RETURN 'PART_OF' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:HELD_IN]->() RETURN 'HELD_IN' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:PARTICIPATED_IN]->() RETURN 'PARTICIPATED_IN' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:MET]->() RETURN 'MET' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ORGANISED]->() RETURN 'ORGANISED' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:FUNDED_UNDER]->() RETURN 'FUNDED_UNDER' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:PARTNER_IN]->() RETURN 'PARTNER_IN' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ADDRESSES]->() RETURN 'ADDRESSES' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SETS_PRIORITY]->() RETURN 'SETS_PRIORITY' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:SUPPORTS]->() RETURN 'SUPPORTS' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:CONCERNS]->() RETURN 'CONCERNS' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:AGREED]->() RETURN 'AGREED' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:PREPARES]->() RETURN 'PREPARES' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ATTACHED_TO]->() RETURN 'ATTACHED_TO' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:PARTY_TO]->() RETURN 'PARTY_TO' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:ESTABLISHED_UNDER]->() RETURN 'ESTABLISHED_UNDER' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:MEETING_OF]->() RETURN 'MEETING_OF' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:HELD_ALONGSIDE]->() RETURN 'HELD_ALONGSIDE' AS name, count(r) AS count
  UNION ALL
  MATCH (:Entity)-[r:FOLLOWS]->() RETURN 'FOLLOWS' AS name, count(r) AS count
}
WITH labels, nodeCount, collect({name: name, count: count}) AS all
RETURN labels, [x IN all WHERE x.count > 0] AS relationshipTypes, nodeCount,
       reduce(s = 0, x IN all | s + x.count) AS relationshipCount
