// The main command against a wrong NEO4J_URI or password: one clear line, non-zero exit, well within
// 30 s. Runs the real entry point as a child process, as a user would.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../src/neo4j/embedded";

const ROOT = path.resolve(__dirname, "..");

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0", SEED_ON_START: "false", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), 40_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

describe("start-up against a bad Neo4j", () => {
  it("names an unreachable NEO4J_URI and exits non-zero within 30 s", async () => {
    const port = await freePort();
    const result = await runMain({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "whatever1" });
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(30_000);
    const errors = result.stderr.split("\n").filter((line) => line.includes("ERROR"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`cannot reach Neo4j at bolt://127.0.0.1:${port}`);
  });

  it("names refused credentials and exits non-zero within 30 s", async () => {
    const neo4j = inject("neo4j");
    const result = await runMain({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: "wrong-password" });
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(30_000);
    const errors = result.stderr.split("\n").filter((line) => line.includes("ERROR"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)");
    expect(result.stderr).not.toContain("wrong-password");
  });

  it("names a bad configuration value", async () => {
    const result = await runMain({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("NEO4J_URI must start with");
  });
});
