/**
 * Excel provides the global CustomFunctions object at run time; tests get this
 * stand-in with the same shape, recording what the functions bundle associates.
 */
const associated = new Map<string, (...args: unknown[]) => unknown>();

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

const shim = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
    if (typeof idOrMap === "string") associated.set(idOrMap.toUpperCase(), fn!);
    else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
  },
  /** Test-only: what has been associated so far. */
  associated,
};

(globalThis as unknown as { CustomFunctions: typeof shim }).CustomFunctions = shim;
