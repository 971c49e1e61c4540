import { DOMParser, onWarningStopParsing, type Document, type Element } from "@xmldom/xmldom";
import { existsSync } from "fs";
import path from "path";
import { NS, pngSize, readManifest, REPO_ROOT } from "./manifestSupport";

/**
 * What no XSD checks: the resource references, the one shared-runtime page, the namespace, the
 * origin of every URL, the requirement sets and the icon files.
 */

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** The resource kind each referencing element must point to (Office resolves resid by kind). */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const doc: Document = new DOMParser({ onError: onWarningStopParsing }).parseFromString(readManifest(), "text/xml");

function all(namespace: string, localName: string, within: Document | Element = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS(namespace, localName));
}

function one(namespace: string, localName: string, within: Document | Element = doc): Element {
  const found = all(namespace, localName, within);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0]!;
}

function elementChildren(element: Element): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
}

function child(element: Element, localName: string): Element {
  const found = elementChildren(element).filter((node) => node.localName === localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}> in <${element.localName}>, found ${found.length}`);
  return found[0]!;
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

/** id → DefaultValue for each kind of resource in <Resources>. */
const resources = new Map<ResourceKind, Map<string, string>>(
  (["Images", "Urls", "ShortStrings", "LongStrings"] as const).map((kind) => {
    const entries = all(NS.bt, kind).flatMap(elementChildren);
    return [kind, new Map(entries.map((entry) => [entry.getAttribute("id") ?? "", entry.getAttribute("DefaultValue") ?? ""]))];
  }),
);

function resolve(kind: ResourceKind, resid: string): string {
  const value = resources.get(kind)!.get(resid);
  if (value === undefined) throw new Error(`resid "${resid}" is not among the ${kind}`);
  return value;
}

const referencing = (): Element[] => Array.from(doc.getElementsByTagName("*")).filter((element) => element.hasAttribute("resid"));

const versionOverrides = one(NS.overrides, "VersionOverrides");
const workbookHost = all(NS.overrides, "Host", versionOverrides).find((host) => xsiType(host) === "Workbook")!;
const customFunctions = all(NS.overrides, "ExtensionPoint", workbookHost).find((point) => xsiType(point) === "CustomFunctions")!;

describe("manifest.xml: what the schema does not check", () => {
  test("every resid resolves to a resource of the kind its element needs", () => {
    const unresolved = referencing()
      .map((element) => {
        const kind = REFERENCE_KIND[element.localName ?? ""];
        const resid = element.getAttribute("resid")!;
        if (!kind) return `<${element.localName} resid="${resid}">: no rule for this element`;
        return resources.get(kind)!.has(resid) ? null : `<${element.localName} resid="${resid}"> not among the ${kind}`;
      })
      .filter((problem) => problem !== null);
    expect(referencing().length).toBeGreaterThan(10);
    expect(unresolved).toEqual([]);
  });

  test("every resource is used, once defined, and has a value", () => {
    const used = new Set(referencing().map((element) => element.getAttribute("resid")));
    for (const [kind, entries] of resources) {
      const ids = all(NS.bt, kind).flatMap(elementChildren);
      expect({ kind, duplicates: ids.length - entries.size }).toEqual({ kind, duplicates: 0 });
      for (const [id, value] of entries) {
        expect({ id, used: used.has(id), hasValue: value.length > 0 }).toEqual({ id, used: true, hasValue: true });
      }
    }
  });

  test("the shared runtime, the task pane, the functions' page and the function file are one page", () => {
    const runtime = one(NS.overrides, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const showTaskpane = all(NS.overrides, "Action", workbookHost).filter((action) => xsiType(action) === "ShowTaskpane");
    expect(showTaskpane).toHaveLength(1);

    const pages = {
      runtime: resolve("Urls", runtime.getAttribute("resid")!),
      taskpane: resolve("Urls", child(showTaskpane[0]!, "SourceLocation").getAttribute("resid")!),
      functionsPage: resolve("Urls", child(child(customFunctions, "Page"), "SourceLocation").getAttribute("resid")!),
      functionFile: resolve("Urls", one(NS.overrides, "FunctionFile").getAttribute("resid")!),
      defaultSettings: child(one(NS.app, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue"),
    };

    expect(new Set(Object.values(pages))).toEqual(new Set([pages.runtime]));
    expect(pages.runtime).toMatch(/\/taskpane\.html$/);
  });

  test("the custom functions' namespace is H4A; their metadata is Italian first, functions.json for English Excel", () => {
    expect(resolve("ShortStrings", child(customFunctions, "Namespace").getAttribute("resid")!)).toBe("H4A");
    const resid = child(child(customFunctions, "Metadata"), "SourceLocation").getAttribute("resid")!;
    expect(resolve("Urls", resid)).toMatch(/\/functions\.it\.json$/);
    const url = Array.from(doc.getElementsByTagName("*")).find((e) => e.localName === "Url" && e.getAttribute("id") === resid)!;
    const overrides = Array.from(url.getElementsByTagName("*")).filter((e) => e.localName === "Override");
    expect(overrides.map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")!.replace(/^.*\//, "")])).toEqual([
      ["en-US", "functions.json"],
      ["en-GB", "functions.json"],
    ]);
  });

  test("every URL is https on one origin", () => {
    const urls: string[] = [];
    for (const element of Array.from(doc.getElementsByTagName("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value) && !attribute.name.startsWith("xmlns")) urls.push(attribute.value);
      }
    }
    urls.push(...all(NS.app, "AppDomain").map((domain) => domain.textContent!.trim()));
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(urls).toContain(one(NS.app, name).getAttribute("DefaultValue"));
    }
    expect(urls.length).toBeGreaterThan(5);

    const origins = new Set(urls.map((url) => new URL(url).origin));
    expect(urls.filter((url) => new URL(url).protocol !== "https:")).toEqual([]);
    expect(origins.size).toBe(1);
  });

  test("it requires SharedRuntime 1.1, CustomFunctionsRuntime 1.1 and ExcelApi 1.9 (cell properties, getRanges, autoFill), and asks to read and write the workbook", () => {
    const sets = Object.fromEntries(all(NS.app, "Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]));
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1", ExcelApi: "1.9" });
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(all(NS.app, "Host").map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("one ribbon button, labelled Homes4All, opens the task pane", () => {
    const controls = all(NS.overrides, "Control", workbookHost);
    expect(controls).toHaveLength(1);
    expect(resolve("ShortStrings", child(controls[0]!, "Label").getAttribute("resid")!)).toBe("Homes4All");
    expect(xsiType(child(controls[0]!, "Action"))).toBe("ShowTaskpane");
  });

  test("Italian by default, with English overrides for the names and texts people read", () => {
    expect(one(NS.app, "DefaultLocale").textContent).toBe("it-IT");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = all(NS.app, "Override", one(NS.app, name)).map((o) => o.getAttribute("Locale"));
      expect({ name, overrides }).toEqual({ name, overrides: ["en-US"] });
    }
    for (const kind of ["ShortStrings", "LongStrings"] as const) {
      for (const text of all(NS.bt, "String", one(NS.bt, kind))) {
        const id = text.getAttribute("id");
        const sameInEveryLanguage = ["Functions.Namespace", "TaskpaneButton.Label"].includes(id ?? "");
        const overrides = all(NS.bt, "Override", text).map((o) => o.getAttribute("Locale"));
        expect({ id, overrides }).toEqual({ id, overrides: sameInEveryLanguage ? [] : ["en-US"] });
      }
    }
  });

  test("each icon is a PNG in assets/ with the pixel size the manifest declares", () => {
    const origin = new URL(resolve("Urls", one(NS.overrides, "FunctionFile").getAttribute("resid")!)).origin + "/";
    const fileOf = (url: string): string => {
      expect(url.startsWith(origin)).toBe(true);
      const file = path.join(REPO_ROOT, url.slice(origin.length));
      expect(path.dirname(file)).toBe(path.join(REPO_ROOT, "assets"));
      expect(existsSync(file)).toBe(true);
      return file;
    };

    const expected: Array<{ url: string; size: number }> = [
      { url: one(NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 32 },
      { url: one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
      ...all(NS.bt, "Image", versionOverrides)
        .filter((image) => image.hasAttribute("resid"))
        .map((image) => ({ url: resolve("Images", image.getAttribute("resid")!), size: Number(image.getAttribute("size")) })),
    ];
    expect(expected.length).toBeGreaterThanOrEqual(8);

    for (const { url, size } of expected) {
      expect({ url, ...pngSize(fileOf(url)) }).toEqual({ url, width: size, height: size });
    }
  });
});
