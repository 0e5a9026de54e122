// The real server (src/index.ts through tsx) in a child process of its own process group, for the
// load scripts (hostile.ts, steady-load.ts): started, waited for until /health answers, and stopped
// with its whole group (SIGTERM, then the exit awaited).
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the server on `port` with NODE_ENV `nodeEnv`; fails with its log when it exits or is not up within 5 minutes. */
export async function startServerProcess(port: string, nodeEnv = "production"): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: nodeEnv, PORT: port, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "pipe"],
    detached: true,
  });
  let log = "";
  child.stderr!.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await exited;
  };
  for (let i = 0; i < 1_200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log.slice(-2000)}`);
    const up = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (up) return { url, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("server did not start within 5 minutes");
}
