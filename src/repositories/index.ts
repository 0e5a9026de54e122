// All repositories, built once per process around the one Database. Resolvers reach data only here.
import type { Database } from "../neo4j/database";
import { EntitiesRepository } from "./entities.repository";
import { MeetingsRepository } from "./meetings.repository";
import { NetworkRepository } from "./network.repository";
import { PathsRepository } from "./paths.repository";
import { SearchRepository } from "./search.repository";
import { SeriesRepository } from "./series.repository";
import { StatsRepository } from "./stats.repository";
import { TimelineRepository } from "./timeline.repository";
import { TracesRepository } from "./traces.repository";

export interface Repositories {
  stats: StatsRepository;
  entities: EntitiesRepository;
  search: SearchRepository;
  meetings: MeetingsRepository;
  paths: PathsRepository;
  traces: TracesRepository;
  network: NetworkRepository;
  timeline: TimelineRepository;
  series: SeriesRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    stats: new StatsRepository(db),
    entities: new EntitiesRepository(db),
    search: new SearchRepository(db),
    meetings: new MeetingsRepository(db),
    paths: new PathsRepository(db),
    traces: new TracesRepository(db),
    network: new NetworkRepository(db),
    timeline: new TimelineRepository(db),
    series: new SeriesRepository(db),
  };
}
