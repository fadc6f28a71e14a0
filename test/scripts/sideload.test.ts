// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ADDIN_ID, sideloadCommands } = require("../../scripts/sideload");

describe("sideloading into desktop Excel", () => {
  it("reads the add-in's id from the manifest", () => {
    expect(ADDIN_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("registers the manifest under WEF\\Developer on Windows and opens Excel; stop removes it", () => {
    const add = sideloadCommands("win32", "C:\\jixiao\\manifest.xml", "add");
    expect(add[0]).toEqual([
      "reg",
      ["add", "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer", "/v", ADDIN_ID, "/t", "REG_SZ", "/d", "C:\\jixiao\\manifest.xml", "/f"],
    ]);
    expect(add[1][0]).toBe("cmd");
    expect(sideloadCommands("win32", "C:\\jixiao\\manifest.xml", "remove")).toEqual([
      ["reg", ["delete", "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer", "/v", ADDIN_ID, "/f"]],
    ]);
  });

  it("copies the manifest into Excel's wef folder on macOS", () => {
    const add = sideloadCommands("darwin", "/Users/a/jixiao/manifest.xml", "add");
    const copy = add.find(([cmd]: [string]) => cmd === "cp");
    expect(copy[1][0]).toBe("/Users/a/jixiao/manifest.xml");
    expect(copy[1][1]).toMatch(/Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef\/.+\.manifest\.xml$/);
  });

  it("does nothing on Linux, where npm start prints how to sideload into Excel on the web", () => {
    expect(sideloadCommands("linux", "/srv/jixiao/manifest.xml", "add")).toEqual([]);
  });
});
