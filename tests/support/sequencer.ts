// Order of the test files: vitest's own (group by group; in a group, the longest last time first, or
// the largest file when there is no earlier run), except that the files known to be long start first,
// so that the parallel group does not end with one worker still running a long file the others wait for.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const LONG_FIRST = ["robustness.e2e", "lost-database", "explorer.e2e", "cli", "views.e2e", "embedded-neo4j", "frozen-database", "api.e2e"];

function rank(spec: TestSpecification): number {
  const index = LONG_FIRST.findIndex((name) => spec.moduleId.replaceAll("\\", "/").endsWith(`/tests/${name}.test.ts`));
  return index < 0 ? LONG_FIRST.length : index;
}

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    return [...sorted].sort((a, b) => group(a) - group(b) || rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  }
}
