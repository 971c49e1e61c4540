import { needsTextMark } from "../../../src/engine/cells/textGuard";

describe("text that begins like a formula is marked to be written as text", () => {
  it.each(['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tnota", "\rnota", "=1/0", "="])("%j is marked", (text) => {
    expect(needsTextMark(text)).toBe(true);
  });

  it.each(["TO-2023-001", "nota = importante", " =1", "3", "", "'=1"])("%j is not", (text) => {
    expect(needsTextMark(text)).toBe(false);
  });

  it("only text is: numbers, booleans and blanks are written as they are", () => {
    expect([-3, 0, true, null].map(needsTextMark)).toEqual([false, false, false, false]);
  });
});
