// What every resolver receives: the repositories (the only way to the data), the request's
// DataLoaders and the request id.
import type { CurationService } from "../curation/curation.service";
import type { Repositories } from "../repositories";
import type { Loaders } from "./loaders";

export interface GraphQLContext {
  repos: Repositories;
  loaders: Loaders;
  requestId: string;
  /** Name of the API key that authenticated this request, or null (reads need none). */
  actor: string | null;
  curation: CurationService;
}
