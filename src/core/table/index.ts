export * from "./types";
export { readTables } from "./readTables";
export { guessFamily, markedFamily } from "./family";
