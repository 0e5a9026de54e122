// Which selections let a resolver ask Neo4j for slim maps (id, kind, name; hops with `stated`) and
// which need every property: fragments count, and anything beyond the slim fields needs detail.
import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DETAIL_RULES, needsDetail, selectedPaths, type DetailRules } from "../src/graphql/selection";

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}
const detail = (query: string, rules: DetailRules) => needsDetail(infoOf(query), rules);

describe("selection-driven detail", () => {
  it("lists the selected paths through fragments and inline fragments", () => {
    const paths = selectedPaths(
      infoOf(`query { search(text: "x") { totalCount edges { node { ...Hit } } } }
              fragment Hit on SearchHit { score entity { id ... on Person { honorific } } }`),
    );
    expect([...paths].sort()).toEqual(["edges", "edges.node", "edges.node.entity", "edges.node.entity.honorific", "edges.node.entity.id", "edges.node.score", "totalCount"]);
  });

  it("is slim for ids, names, kinds, hop types and stated", () => {
    expect(detail(`{ whoMet(personId: "p") { totalCount edges { node { person { id name } meetingCount meetings { kind event { id name } date { value } places { name } subjectRoles otherRoles } } } } }`, DETAIL_RULES.whoMet)).toBe(false);
    expect(detail(`{ projectPriorities(projectId: "p") { totalCount edges { cursor node { id tier stated length priority { id name } setBy { id name kind } hops { type forward stated } } } } }`, DETAIL_RULES.traces)).toBe(false);
    expect(detail(`{ howConnected(fromId: "a", toId: "b") { length nodes { __typename id name } hops { type fromId toId } } }`, DETAIL_RULES.howConnected)).toBe(false);
    expect(detail(`{ search(text: "x") { edges { node { score entity { id name kind } } } } }`, DETAIL_RULES.search)).toBe(false);
    const network = `{ institutionNetwork(institutionId: "i") { center { id aliases } nodes { edges { node { institution { id name kind } depth } } } edges { edges { node { weight via source { aliases } activities { id entityId via dated entity { id aliases } } } } } } }`;
    for (const rules of [DETAIL_RULES.network, DETAIL_RULES.networkActivities, DETAIL_RULES.networkStated, DETAIL_RULES.networkEvidence]) expect(detail(network, rules)).toBe(false);
  });

  it("needs detail for any other entity field, hop property or meeting evidence, also inside fragments", () => {
    expect(detail(`{ whoMet(personId: "p") { edges { node { person { id aliases } } } } }`, DETAIL_RULES.whoMet)).toBe(true);
    expect(detail(`{ whoMet(personId: "p") { edges { node { meetings { evidence { quote } } } } } }`, DETAIL_RULES.whoMet)).toBe(true);
    expect(detail(`{ whoMet(personId: "p") { edges { node { meetings { event { ... on Event { eventType } } } } } } }`, DETAIL_RULES.whoMet)).toBe(true);
    expect(detail(`{ projectPriorities(projectId: "p") { edges { node { hops { type evidence { quote } } } } } }`, DETAIL_RULES.traces)).toBe(true);
    expect(detail(`{ projectPriorities(projectId: "p") { edges { node { origin { relations { totalCount } } } } } }`, DETAIL_RULES.traces)).toBe(true);
    expect(detail(`{ howConnected(fromId: "a", toId: "b") { nodes { ...N } } } fragment N on Entity { id evidence { quote } }`, DETAIL_RULES.howConnected)).toBe(true);
    expect(detail(`{ search(text: "x") { edges { node { entity { id sourceIds } } } } }`, DETAIL_RULES.search)).toBe(true);
    expect(detail(`{ institutionNetwork(institutionId: "i") { nodes { edges { node { institution { ... on Institution { institutionType } } } } } } }`, DETAIL_RULES.network)).toBe(true);
    expect(detail(`{ institutionNetwork(institutionId: "i") { edges { edges { node { activities { evidence { quote } } } } } } }`, DETAIL_RULES.networkEvidence)).toBe(true);
    expect(detail(`{ institutionNetwork(institutionId: "i") { edges { edges { node { activities { stated } } } } } }`, DETAIL_RULES.networkStated)).toBe(true);
    expect(detail(`{ institutionNetwork(institutionId: "i") { edges { edges { node { undatedActivities { date { value } } } } } } }`, DETAIL_RULES.networkActivities)).toBe(true);
    expect(detail(`{ institutionNetwork(institutionId: "i") { edges { edges { node { ...E } } } } } fragment E on NetworkEdge { undatedActivities { evidence { kind } } }`, DETAIL_RULES.networkEvidence)).toBe(true);
  });
});
