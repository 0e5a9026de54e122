// All repositories, built once per process around the one Database. Resolvers reach data only here.
import type { Database } from "../neo4j/database";
import { StatsRepository } from "./stats.repository";

export interface Repositories {
  stats: StatsRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    stats: new StatsRepository(db),
  };
}
