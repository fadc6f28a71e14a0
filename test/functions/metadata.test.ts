import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import english from "../../src/functions/functions.en-us.json";
import * as functions from "../../src/functions/functions";
import { JX, JxId } from "../../src/functions/jxFunctions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata } = require("../../scripts/build-options");

const SOURCE = join(__dirname, "../../src/functions/functions.ts");

interface Parameter {
  name: string;
  description: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

const associated = (globalThis as unknown as { CustomFunctions: { associated: Map<string, (...a: unknown[]) => unknown> } }).CustomFunctions.associated;

describe("custom-function metadata (the generator the build uses)", () => {
  let metadata: { functions: FunctionMetadata[] };
  let associations: { id: string; functionName: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE], false);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
    associations = result.associate;
  });

  it("declares every JX function with the parameters of its table entry, named in Chinese", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(JX).sort());
    for (const fn of metadata.functions) {
      const spec = JX[fn.id as JxId];
      expect(fn.name).toBe(fn.id);
      // Excel's autocomplete shows the names: Chinese here, the table's English names in English Excel.
      expect(fn.parameters.length).toBe(spec.params.length);
      fn.parameters.forEach((p) => expect(p.name).toMatch(/^[\u4e00-\u9fff]+$/));
      expect(fn.parameters.map((p) => Boolean(p.optional))).toEqual(spec.params.map((p) => p.default !== undefined));
      // Every parameter takes a range, and every result can spill.
      expect(fn.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
      expect(fn.result.dimensionality).toBe("matrix");
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      fn.parameters.forEach((p) => expect(p.description).toMatch(/[\u4e00-\u9fff]/));
    }
  });

  it("has an English description for every function and parameter", () => {
    const localized: { functions: FunctionMetadata[] } = localizeFunctionsMetadata(metadata, english);
    for (const fn of localized.functions) {
      expect(fn.parameters.map((p) => p.name)).toEqual(JX[fn.id as JxId].params.map((p) => p.name));
      expect(fn.description).not.toMatch(/[\u4e00-\u9fff]{4}/);
      fn.parameters.forEach((p) => expect(p.description.length).toBeGreaterThan(5));
    }
    expect(() => localizeFunctionsMetadata(metadata, { ...english, GRADE: undefined })).toThrow("GRADE");
  });

  it("calls every function through its registration", () => {
    for (const { id, functionName } of associations) {
      CustomFunctions.associate(id, (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[functionName]);
    }
    const call = (id: string, ...args: unknown[]) => associated.get(id)!(...args) as unknown[][];
    expect(call("EXECRATE", [[75.81]], [[80]])[0][0]).toBeCloseTo(0.947625, 10);
    expect(call("EXECRATESCORE", [[75.81]], [[80]], [[8]], [["区间"]])).toEqual([[8]]);
    expect(call("EXECRATESCORE", [[94.7625]], [[100]], null, null)).toEqual([[9.48]]);
    expect(call("COMPLETIONSCORE", [[80]], [[100]], [[10]])).toEqual([[8]]);
    expect(call("REVERSESCORE", [[5]], [[4]], [[6]], null)).toEqual([[4.5]]);
    expect(call("REVERSESCORE", [[5]], [[4]], [[6]], [["R2"]])).toEqual([[4.8]]);
    expect(call("INDICATORSCORE", [["≥50个"]], [[40]], [[8]], null)).toEqual([[6.4]]);
    expect(call("CHECKLISTSCORE", [["是"], ["否"], ["✓"]], [[1], [2], [1]])).toEqual([[2]]);
    expect(call("RULESCORE", [["85%"]], [["≥90%计5分；80%(含)-90% 4分；70%(含)-80% 3分；低于70%不得分"]], null)).toEqual([[4]]);
    expect(call("RULEPOINTS", [["①是否相关；（1分）②是否符合；(2分）"]])).toEqual([[3]]);
    expect(call("GRADE", [[97]], [["优秀"]])).toEqual([["优秀"]]);
    expect(call("GRADE", [[89.99]], null)).toEqual([["良"]]);
  });
});
