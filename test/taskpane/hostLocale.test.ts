import { firstLanguageOf, hostLocaleOf } from "../../src/taskpane/hostLocale";

describe("hostLocaleOf: the locale Office gives the pane in its address, before Office.js is ready", () => {
  test("the fourth field of _host_Info, split by $ or by |", () => {
    expect(hostLocaleOf("?_host_Info=Excel$Win32$16.01$en-US$$$$0")).toBe("en-US");
    expect(hostLocaleOf("?_host_Info=Excel%24Win32%2416.01%24it-IT%24%24%24%240")).toBe("it-IT");
    expect(hostLocaleOf("?_host_Info=Excel|Web|16.00|en-GB|telemetry|||0&other=1")).toBe("en-GB");
  });

  test("none outside Office, nor when the field is missing or empty", () => {
    expect(hostLocaleOf("")).toBeNull();
    expect(hostLocaleOf("?locale=en-US")).toBeNull();
    expect(hostLocaleOf("?_host_Info=Excel$Win32")).toBeNull();
    expect(hostLocaleOf("?_host_Info=Excel$Win32$16.01$$")).toBeNull();
  });
});

describe("firstLanguageOf: the pane's language before Office.js answers", () => {
  test("Office's locale in the address first, then the browser's language; Italian unless English", () => {
    expect(firstLanguageOf("?_host_Info=Excel$Win32$16.01$en-US$$$$0", "it-IT")).toBe("en");
    expect(firstLanguageOf("?_host_Info=Excel$Win32$16.01$it-IT$$$$0", "en-US")).toBe("it");
    expect(firstLanguageOf("", "en-GB")).toBe("en");
    expect(firstLanguageOf("", "de-DE")).toBe("it");
  });
});
