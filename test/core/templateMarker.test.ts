import { formatTemplateMarker, parseTemplateMarker, TEMPLATE_MARKER_NAME } from "../../src/core/templateMarker";

describe("template marker", () => {
  it("is the sheet-scoped name JX_TEMPLATE holding family@version", () => {
    expect(TEMPLATE_MARKER_NAME).toBe("JX_TEMPLATE");
    expect(formatTemplateMarker({ family: "sh-2018", version: 1 })).toBe("sh-2018@1");
  });

  it.each(["sh-2018@1", '="sh-2018@1"', '"sh-2018@1"', "  sh-2018@1 "])("reads %p", (text) => {
    expect(parseTemplateMarker(text)).toEqual({ family: "sh-2018", version: 1 });
  });

  it("round-trips every family", () => {
    for (const family of ["sh-2018", "mof-2020-self", "mof-2020-framework"]) {
      expect(parseTemplateMarker(formatTemplateMarker({ family, version: 12 }))).toEqual({ family, version: 12 });
    }
  });

  it.each([null, 3, "", "sh-2018", "@1", "sh-2018@", "sh-2018@v1", "SH 2018@1", "sh-2018@1.5"])("rejects %p", (text) => {
    expect(parseTemplateMarker(text)).toBeNull();
  });
});
