import * as z from "../engine/zod";

/**
 * The custom functions as the build registers them: functions.json, written by
 * custom-functions-metadata from the JSDoc of src/functions/functions.ts. Reading that file
 * keeps the task pane's list true to what Excel actually offers.
 */

/** Set in the manifest (<Namespace resid="Functions.Namespace"/>), not in functions.json. */
export const FUNCTIONS_NAMESPACE = "H4A";

const name = () => z.string().check(z.minLength(1));

const ParameterSchema = z.object({
  name: name(),
  description: z.optional(z.string()),
  optional: z.optional(z.boolean()),
  repeating: z.optional(z.boolean()),
});

const FunctionSchema = z.object({
  id: name(),
  name: name(),
  description: z.optional(z.string()),
  parameters: z._default(z.array(ParameterSchema), []),
});

const MetadataSchema = z.object({ functions: z.array(FunctionSchema) });

export type CustomFunctionParameter = z.infer<typeof ParameterSchema>;
export type CustomFunctionInfo = z.infer<typeof FunctionSchema>;

/** The functions listed in a parsed functions.json, sorted by name; throws on another shape. */
export function parseCatalog(json: unknown): CustomFunctionInfo[] {
  const parsed = MetadataSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`functions.json: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  return [...parsed.data.functions].sort((a, b) => a.name.localeCompare(b.name));
}

/** A formula's syntax as Excel shows it: `=H4A.TIER(a; b; [c])`, repeating arguments as `[x]; …`. */
export function formulaSyntax(fn: CustomFunctionInfo, separator: string): string {
  const args = fn.parameters.map((parameter) => {
    const shown = parameter.optional ? `[${parameter.name}]` : parameter.name;
    return parameter.repeating ? `${shown}${separator} …` : shown;
  });
  return `=${FUNCTIONS_NAMESPACE}.${fn.name}(${args.join(`${separator} `)})`;
}
