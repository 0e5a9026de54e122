// Bearer-token authentication for curated changes. Tokens come only from the environment
// (API_KEYS); they are compared as SHA-256 digests with timingSafeEqual, against every configured key,
// so the time taken says nothing about how much of a token was right. Tokens never reach the log.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export class Authenticator {
  private readonly keys: Array<{ name: string; digest: Buffer }>;

  constructor(keys: ReadonlyArray<{ name: string; token: string }>) {
    this.keys = keys.map((key) => ({ name: key.name, digest: digest(key.token) }));
  }

  /** The key's name for a valid "Authorization: Bearer <token>" header, else null. */
  actorFor(authorization: string | undefined): string | null {
    const match = /^Bearer\s+(\S{1,512})$/i.exec(authorization?.trim() ?? "");
    if (!match) return null;
    const presented = digest(match[1]!);
    let actor: string | null = null;
    for (const key of this.keys) {
      if (timingSafeEqual(presented, key.digest) && actor === null) actor = key.name;
    }
    return actor;
  }
}
