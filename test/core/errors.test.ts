import { fail, JxError, quote } from "../../src/core/errors";

describe("quote", () => {
  it("shows any value in a message without throwing, even one String() cannot convert", () => {
    expect(quote("94.76%")).toBe("“94.76%”");
    expect(quote(12)).toBe("“12”");
    expect(quote(Object.create(null))).toBe("“[object Object]”");
    expect(quote({ toString: 1 })).toBe("“[object Object]”");
  });

  it("shortens long text", () => {
    expect(quote("很".repeat(50))).toBe(`“${"很".repeat(40)}…”`);
  });
});

describe("JxError", () => {
  it("carries a code and both languages", () => {
    try {
      fail("div0", "全年预算数为0", "The budget is 0");
    } catch (e) {
      expect(e).toBeInstanceOf(JxError);
      expect((e as JxError).code).toBe("div0");
      expect((e as JxError).messageIn("en")).toBe("The budget is 0");
      expect((e as JxError).message).toBe("全年预算数为0");
    }
    expect.assertions(4);
  });
});
