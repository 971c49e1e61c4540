import { config } from "zod/mini";

/**
 * zod (its mini build: the same checks as the classic API, a fraction of its size in the pane's
 * first load) as every schema of H4A uses it, in its jitless mode. Without it, zod's object parser first
 * probes `new Function` and then compiles a fast path with it: the task pane's
 * Content-Security-Policy (no 'unsafe-eval', src/taskpane/taskpane.html) refuses both and reports a
 * violation. Every module of the engine and the pane that defines a schema imports z from here
 * (ESLint refuses "zod" there), so the mode is set before its first schema in every bundle: the
 * pane, the custom functions, the sharing chunk. The command line, in Node under no policy, gets
 * it too through the engine.
 */
config({ jitless: true });

// Re-exported name by name (not as one namespace object) so the bundles keep only what they use.
export * from "zod/mini";
