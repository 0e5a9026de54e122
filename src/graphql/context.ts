// What every resolver receives: the repositories (the only way to the data), the request's
// DataLoaders and the request id.
import type { Repositories } from "../repositories";
import type { Loaders } from "./loaders";

export interface GraphQLContext {
  repos: Repositories;
  loaders: Loaders;
  requestId: string;
}
