// Configuration: defaults, and a clear error naming the variable for every bad value.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config";

describe("configuration", () => {
  it("has working defaults: embedded Neo4j on 7687, API on 4000", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.embedded.boltPort).toBe(7687);
    expect(config.embedded.dataDir.endsWith(".data/neo4j")).toBe(true);
    expect(config.port).toBe(4000);
    expect(config.neo4j.database).toBe("neo4j");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: "http" }, /PORT must be a whole number/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ NEO4J_BOLT_PORT: "0" }, /NEO4J_BOLT_PORT must be between 1 and 65535/],
    [{ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" }, /NEO4J_URI must start with neo4j:\/\/, neo4j\+s:\/\/, bolt:\/\//],
    [{ NEO4J_URI: "not a uri", NEO4J_PASSWORD: "x" }, /NEO4J_URI is not a valid URI/],
    [{ NEO4J_URI: "neo4j://db.example:7687" }, /NEO4J_PASSWORD is required when NEO4J_URI is set/],
    [{ NEO4J_HEAP: "lots" }, /NEO4J_HEAP must look like 512m or 2g/],
    [{ SEED_ON_START: "maybe" }, /SEED_ON_START must be true or false/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of debug, info, warn, error/],
  ])("rejects %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("takes an external Neo4j from the environment", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_USERNAME: "reader", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "sti" });
    expect(config.neo4j).toEqual({ uri: "neo4j+s://abc.databases.neo4j.io", username: "reader", password: "pw", database: "sti" });
  });
});
