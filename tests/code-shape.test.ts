// Code shape: no function in src/ is longer than MAX_BODY_LINES lines unless it is listed in ALLOWED
// with a written reason. Parsed with the TypeScript compiler API, so every function form counts:
// declarations, methods, constructors, accessors, function expressions and arrow functions.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "..", "src");
const MAX_BODY_LINES = 80;

/** "<file relative to src/>:<function name>" → why it may stay longer than MAX_BODY_LINES lines. */
const ALLOWED: Record<string, string> = {
};

export interface LongFunction {
  key: string;
  lines: number;
  line: number;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** A readable name for a function node: its own name, or the variable / property / class it belongs to. */
function functionName(node: ts.FunctionLikeDeclaration): string {
  const own = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name)) ? node.name.text : undefined;
  const className = ts.isClassLike(node.parent) ? node.parent.name?.text : undefined;
  if (ts.isConstructorDeclaration(node)) return `${className ?? "(class)"}.constructor`;
  if (own) return className ? `${className}.${own}` : own;
  let parent: ts.Node = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return `${ts.isClassLike(parent.parent) ? (parent.parent.name?.text ?? "(class)") + "." : ""}${parent.name.text}`;
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return "(anonymous)";
}

/** Every function in `file` whose body spans more than MAX_BODY_LINES lines. */
export function longFunctions(file: string): LongFunction[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const relative = path.relative(SRC, file).split(path.sep).join("/");
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const body = fn.body!;
      const first = source.getLineAndCharacterOfPosition(body.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(body.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_BODY_LINES) found.push({ key: `${relative}:${functionName(fn)}`, lines, line: first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("code shape", () => {
  const all = tsFiles(SRC).flatMap(longFunctions);

  it(`has no function body over ${MAX_BODY_LINES} lines in src/ outside the allow-list`, () => {
    const unexplained = all.filter((f) => !(f.key in ALLOWED)).map((f) => `${f.key} (line ${f.line}): ${f.lines} lines`);
    expect(unexplained).toEqual([]);
  });

  it("gives a reason for every allow-list entry, and lists only functions that are still long", () => {
    const long = new Set(all.map((f) => f.key));
    for (const [key, reason] of Object.entries(ALLOWED)) {
      expect(reason.trim().length, `reason for ${key}`).toBeGreaterThan(10);
      expect(long.has(key), `${key} is in ALLOWED but no longer over ${MAX_BODY_LINES} lines: remove the entry`).toBe(true);
    }
  });

  it("finds long functions of every form (the check itself can fail)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "code-shape-"));
    const file = path.join(dir, "long.ts");
    const body = Array.from({ length: MAX_BODY_LINES }, (_, i) => `  const v${i} = ${i};`).join("\n");
    fs.writeFileSync(
      file,
      [
        `export function tooLong() {\n${body}\n}`,
        "export const fine = () => 1;",
        `class K {\n  m() {\n${body}\n  }\n}`,
        `export const arrow = () => {\n${body}\n};`,
        `[1].forEach((x) => {\n${body}\n});`,
        `export function short() {\n  return 1;\n}`,
      ].join("\n"),
    );
    try {
      expect(longFunctions(file).map((f) => [f.key.split(":").pop(), f.lines])).toEqual([
        ["tooLong", MAX_BODY_LINES + 2],
        ["K.m", MAX_BODY_LINES + 2],
        ["arrow", MAX_BODY_LINES + 2],
        ["(callback of [1].forEach)", MAX_BODY_LINES + 2],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
