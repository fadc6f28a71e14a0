// Preloaded (node --require) into a process the benchmarks measure: at exit it writes the process's own peak
// resident memory (VmHWM, kB) and its CPU time (ms, every thread included) to the file named by JIXIAO_PEAK_FILE.
const { readFileSync, writeFileSync } = require("fs");

process.on("exit", () => {
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  const { user, system } = process.cpuUsage();
  if (process.env.JIXIAO_PEAK_FILE) writeFileSync(process.env.JIXIAO_PEAK_FILE, `${peak ? peak[1] : NaN} ${(user + system) / 1000}`);
});
