// The access log (pino-http): one line per request at info, carrying the same request id as the
// x-request-id header, with the authorization and cookie headers redacted; nothing at warn.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setLogFormat } from "../src/logger";
import { startApp, TEST_TOKEN, testConfig, type TestServer } from "./support/helpers";

describe("access log", () => {
  let info: TestServer;
  let warn: TestServer;
  let lines: string[] = [];

  beforeAll(async () => {
    info = await startApp(testConfig({ LOG_LEVEL: "info", API_KEYS: `tester:${TEST_TOKEN}` }));
    warn = await startApp(testConfig({ LOG_LEVEL: "warn" }));
  });
  afterAll(async () => {
    await info?.close();
    await warn?.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    setLogFormat("text");
  });

  const capture = () => {
    lines = [];
    setLogFormat("json");
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array, ...rest: any[]) => {
      lines.push(String(chunk));
      return write(chunk, ...rest);
    });
  };
  const accessLines = () => lines.map((line) => JSON.parse(line)).filter((entry) => entry.message === "request completed");

  it("logs each request with its request id and redacted credentials", async () => {
    capture();
    const response = await fetch(`${info.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_TOKEN}`, cookie: "session=secret-cookie", "x-request-id": "access-log-1" },
      body: JSON.stringify({ query: "{ graphStats { nodeCount } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("access-log-1");
    await response.text();
    await vi.waitFor(() => expect(accessLines()).toHaveLength(1));
    const [entry] = accessLines();
    expect(entry).toMatchObject({ level: "info", requestId: "access-log-1", req: { method: "POST", url: "/graphql" }, res: { statusCode: 200 } });
    expect(entry.req.headers.authorization).toBe("[redacted]");
    expect(entry.req.headers.cookie).toBe("[redacted]");
    // Only the headers that say who asked and what they sent; not, e.g., the connection or the request id again.
    expect(Object.keys(entry.req.headers).sort()).toEqual(["authorization", "content-length", "content-type", "cookie", "user-agent"]);
    expect(lines.join("")).not.toContain(TEST_TOKEN);
    expect(lines.join("")).not.toContain("secret-cookie");
  });

  it("the generated request id of the header is the one logged", async () => {
    capture();
    const response = await fetch(`${info.server.url}/health`);
    await response.text();
    await vi.waitFor(() => expect(accessLines()).toHaveLength(1));
    expect(accessLines()[0].requestId).toBe(response.headers.get("x-request-id"));
  });

  it("writes nothing at LOG_LEVEL=warn", async () => {
    capture();
    await (await fetch(`${warn.server.url}/health`)).text();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(accessLines()).toEqual([]);
  });
});
