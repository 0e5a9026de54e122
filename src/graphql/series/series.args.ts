// Arguments of series.
import { ArgsType, Field, ID } from "type-graphql";
import { IsEntityId } from "../../domain/ids";

@ArgsType()
export class SeriesArgs {
  @Field(() => ID, { description: "The committee or dialogue." })
  @IsEntityId(["institution", "dialogue"], { message: "$property must be a committee or dialogue id (institution:… or dialogue:…)" })
  bodyId!: string;
}
