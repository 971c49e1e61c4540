// Preloaded (node -r) by the benchmark into the command it measures: prints the process's peak
// resident memory on stderr as it exits, so the benchmark reads the command's own figure.
process.on("exit", () => {
  process.stderr.write(`\nH4A_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
