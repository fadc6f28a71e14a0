/** Where a CLI command writes; tests pass their own to capture the output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A subcommand of `jixiao`: takes its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** The code of a system error (ENOENT, EACCES …), if it is one. */
export function errorCode(e: unknown): unknown {
  return typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
}
