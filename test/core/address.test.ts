import { cellAddress, columnLetters, parseCellAddress, rangeAddress } from "../../src/core/address";

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %p is %p", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseCellAddress(`${letters}1`)).toEqual({ row: 0, col });
  });

  it("writes cells and ranges", () => {
    expect(cellAddress(11, 5)).toBe("F12");
    expect(rangeAddress(1, 0, 21, 6)).toBe("A2:G22");
    expect(rangeAddress(3, 3, 3, 3)).toBe("D4");
  });

  it("reads absolute addresses and rejects others", () => {
    expect(parseCellAddress("$B$12")).toEqual({ row: 11, col: 1 });
    expect(parseCellAddress("12B")).toBeNull();
  });
});
