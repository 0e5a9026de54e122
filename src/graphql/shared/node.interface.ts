import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({
  description: "Anything with a global id: every entity and every source.",
  resolveType: (value: { kind?: string }) => value.kind ?? "Source",
})
export abstract class Node {
  @Field(() => ID, { description: "Global id: kind prefix and a readable slug, e.g. person:robert-jan-smits or source:eu-japan-sti-news-2014." })
  id!: string;
}
