import { readManifest, validateManifest } from "./manifestSupport";

describe("manifest.xml against Microsoft's add-in manifest schemas (offline XSDs)", () => {
  test("the manifest validates", async () => {
    const result = await validateManifest(readManifest());
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("a copy with an invalid Permissions value is rejected, with its line", async () => {
    const manifest = readManifest();
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadEverything</Permissions>");
    const line = broken.split("\n").findIndex((text) => text.includes("<Permissions>")) + 1;

    const result = await validateManifest(broken);

    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("The value 'ReadEverything' is not an element of the set"),
        loc: { fileName: "manifest.xml", lineNumber: line },
      }),
    ]);
  });

  test("a copy with elements out of the schema's order is rejected", async () => {
    const manifest = readManifest();
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const reordered = manifest.replace(permissions, "").replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    expect(reordered).not.toEqual(manifest);

    const result = await validateManifest(reordered);

    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});
