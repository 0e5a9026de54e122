// What every resolver receives: the repositories (the only way to the data) and the request id.
import type { Repositories } from "../repositories";

export interface GraphQLContext {
  repos: Repositories;
  requestId: string;
}
