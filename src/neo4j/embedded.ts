// Control of the embedded Neo4j (embedded-neo4j/): builds the launcher with the machine's Maven on
// first use, starts it on loopback, waits for Bolt, and stops it cleanly. Used only when NEO4J_URI is
// not set.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT, type EmbeddedSettings } from "../config/config";
import { log } from "../logger";

const LAUNCHER_DIR = path.join(PROJECT_ROOT, "embedded-neo4j");
const CLASSES_DIR = path.join(LAUNCHER_DIR, "target", "classes");
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, "target", "classpath.txt");
const BUILD_STAMP = path.join(LAUNCHER_DIR, "target", "build.stamp");
const SOURCES = [path.join(LAUNCHER_DIR, "pom.xml"), path.join(LAUNCHER_DIR, "src/main/java/eujapan/neo4j/EmbeddedNeo4j.java")];
const MAIN_CLASS = "eujapan.neo4j.EmbeddedNeo4j";
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export class EmbeddedNeo4jError extends Error {
  override name = "EmbeddedNeo4jError";
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  logFile: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then waits for the store to close). Safe to call twice. */
  stop(): Promise<void>;
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return !result.error && result.status === 0;
}

function isBuilt(): boolean {
  // Maven leaves unchanged outputs untouched, so a stamp written after each build marks its time.
  if (!fs.existsSync(BUILD_STAMP) || !fs.existsSync(CLASSPATH_FILE)) return false;
  const builtAt = fs.statSync(BUILD_STAMP).mtimeMs;
  if (SOURCES.some((file) => fs.statSync(file).mtimeMs > builtAt)) return false;
  // The Maven cache may have been cleaned since: every jar must still be there.
  return readClasspath().every((jar) => fs.existsSync(jar));
}

/** The jars of the Neo4j distribution the launcher was built with (neo4j-admin's tools included). */
export function readClasspath(): string[] {
  return fs.readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter).filter(Boolean);
}

/** Compiles the launcher and resolves Neo4j from Maven Central unless that is already done. */
export function ensureLauncherBuilt(): void {
  if (!commandWorks("java", ["-version"])) {
    throw new EmbeddedNeo4jError(
      "Java 17 or newer is required for the embedded Neo4j, but `java` was not found on PATH (install a JDK 17, or set NEO4J_URI to use your own Neo4j)",
    );
  }
  if (isBuilt()) return;
  if (!commandWorks("mvn", ["-v"])) {
    throw new EmbeddedNeo4jError(
      "Maven is required to fetch the embedded Neo4j, but `mvn` was not found on PATH (install Maven, or set NEO4J_URI to use your own Neo4j)",
    );
  }
  log.info("resolving Neo4j 5.26 Community from Maven Central and compiling the launcher (first run only; downloads about 150 MB)");
  const started = Date.now();
  const result = spawnSync(
    "mvn",
    ["-B", "-q", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH_FILE}`],
    { cwd: LAUNCHER_DIR, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw new EmbeddedNeo4jError(`Maven could not build the embedded Neo4j launcher (exit ${result.status}):\n${output}`);
  }
  fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
  log.info("embedded Neo4j launcher ready", { seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

/** The embedded server's password: NEO4J_PASSWORD if set, else one generated once and kept beside the data. */
export function embeddedPassword(settings: EmbeddedSettings, fromEnv: string | undefined): string {
  if (fromEnv) {
    if (fromEnv.length < 8) throw new EmbeddedNeo4jError("NEO4J_PASSWORD must have at least 8 characters for the embedded Neo4j");
    return fromEnv;
  }
  const file = path.join(settings.dataDir, ".project-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(settings.dataDir, { recursive: true });
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free loopback port chosen by the OS (for tests and throwaway instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbedded(settings: EmbeddedSettings, password: string): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt();
  if (!(await portIsFree(settings.boltPort))) {
    throw new EmbeddedNeo4jError(
      `port 127.0.0.1:${settings.boltPort} is already in use, so the embedded Neo4j cannot start (set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server that is there)`,
    );
  }
  fs.mkdirSync(path.join(settings.dataDir, "logs"), { recursive: true });
  const logFile = path.join(settings.dataDir, "logs", "launcher.log");
  const logStream = fs.createWriteStream(logFile, { flags: "a" });
  logStream.write(`\n--- ${new Date().toISOString()} starting embedded Neo4j on 127.0.0.1:${settings.boltPort}\n`);

  const classpath = [CLASSES_DIR, ...readClasspath()].join(path.delimiter);
  const child = spawn(
    "java",
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      // What Neo4j's own launcher opens up, so the page cache uses direct buffers without fallbacks.
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      ...(settings.javaOptions ?? []),
      "-cp",
      classpath,
      MAIN_CLASS,
    ],
    {
      cwd: settings.dataDir,
      env: {
        ...process.env,
        EMBEDDED_NEO4J_HOME: settings.dataDir,
        EMBEDDED_NEO4J_BOLT_PORT: String(settings.boltPort),
        EMBEDDED_NEO4J_PASSWORD: password,
        EMBEDDED_NEO4J_PAGECACHE: settings.pageCache,
      },
      // stdin stays open as a lifeline: the launcher shuts down when it closes (this process died).
      stdio: ["pipe", "pipe", "pipe"],
    },
  );

  const uri = `bolt://127.0.0.1:${settings.boltPort}`;
  await waitForReady(child, logStream, logFile);
  log.info("embedded Neo4j started", { uri, data: settings.dataDir, log: logFile, pid: child.pid });

  let stopping: Promise<void> | undefined;
  child.once("exit", (code, signal) => {
    // 130/143: the JVM ran its shutdown hook after SIGINT/SIGTERM (e.g. Ctrl-C reaches the whole
    // process group), which is a clean stop; anything else while we still need it is a crash.
    if (stopping || code === 0 || code === 130 || code === 143) log.info("embedded Neo4j stopped", { code: code ?? signal });
    else log.error("embedded Neo4j exited unexpectedly", { code: code ?? signal, log: logFile });
  });
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => {
        log.warn("embedded Neo4j did not stop in time; killing it", { pid: child.pid });
        child.kill("SIGKILL");
      }, STOP_TIMEOUT_MS);
      child.once("exit", () => {
        clearTimeout(killer);
        logStream.end();
        resolve();
      });
      child.kill("SIGTERM");
    });
    return stopping;
  };
  return { uri, username: "neo4j", password, logFile, pid: child.pid ?? -1, stop };
}

function waitForReady(child: ChildProcess, logStream: fs.WriteStream, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let buffered = "";
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else resolve();
    };
    const timer = setTimeout(
      () => finish(new EmbeddedNeo4jError(`embedded Neo4j did not become ready within ${START_TIMEOUT_MS / 1000} s (see ${logFile})`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      logStream.write(chunk);
      buffered += chunk.toString("utf8");
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line.startsWith("READY ")) finish();
        else if (line.startsWith("ERROR ")) finish(new EmbeddedNeo4jError(`embedded Neo4j: ${line.slice(6)}`));
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => logStream.write(chunk));
    child.once("error", (error) => finish(new EmbeddedNeo4jError(`could not start java: ${error.message}`)));
    child.once("exit", (code, signal) => {
      if (!settled) finish(new EmbeddedNeo4jError(`embedded Neo4j exited before it was ready (code ${code ?? signal}; see ${logFile})`));
    });
  });
}
