// Types for the parts of graphql-schema-linter (a CommonJS package without its own types) that
// tests/schema-lint.test.ts uses: a configuration, its rules and the validator.
declare module "graphql-schema-linter" {
  import type { GraphQLError } from "graphql";

  export interface LinterOptions {
    rules?: string[];
    rulesOptions?: Record<string, unknown>;
    ignore?: Record<string, string[]>;
  }

  export interface LinterSchema {
    definition: string;
    sourceMap: { getOriginalPathForLine(line: number): string };
  }

  export interface LinterRule {
    name: string;
  }

  export interface LintError extends GraphQLError {
    ruleName: string;
  }

  export const configuration: {
    Configuration: new (
      schema: LinterSchema,
      options: LinterOptions,
    ) => {
      validate(): Array<{ message: string; field: string; type: "error" | "warning" }>;
      getRules(): LinterRule[];
    };
  };

  export const validator: {
    validateSchemaDefinition(schema: LinterSchema, rules: LinterRule[], configuration: unknown): LintError[];
  };
}
