// The five everyday read queries of the steady load, on the curated seed: tests/robustness.e2e.test.ts
// asserts that 1,000 of them at concurrency 32 all succeed, bench/steady-load.ts gives the figures of
// 10,000. One list, so the two cannot drift apart.
export const STEADY_QUERIES: readonly string[] = [
  `{ whoMet(personId: "person:robert-jan-smits", from: "2014") { totalCount edges { node { person { name } } } } }`,
  `{ search(text: "Japan", first: 5) { edges { node { entity { id } } } } }`,
  `{ projectPriorities(projectId: "project:jeupiste") { edges { node { tier priority { name } } } } }`,
  `{ institutionNetwork(institutionId: "institution:csti", depth: 2) { edges(first: 1000) { edges { node { weight } } } } }`,
  `{ timeline(from: "2014-10", first: 5) { totalCount } }`,
];
