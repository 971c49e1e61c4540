import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

/**
 * The development server (`npm start`, `npm run dev-server`) listens on this machine only: webpack's
 * devServer is bound to localhost, never to every address (0.0.0.0, ::) nor to a network name, and
 * answers no other Host. The configuration is read as `webpack serve` reads it, with stand-in
 * certificates in a temporary home (webpack.config.js reads them from ~/.office-addin-dev-certs).
 */

type WebpackConfig = (env: Record<string, unknown>, argv: Record<string, unknown>) => { devServer?: Record<string, unknown> };

const LOOPBACK = ["localhost", "127.0.0.1", "::1"];

function devServerConfig(): Record<string, unknown> | undefined {
  const home = mkdtempSync(path.join(os.tmpdir(), "h4a-devserver-"));
  const certs = path.join(home, ".office-addin-dev-certs");
  mkdirSync(certs);
  for (const name of ["localhost.key", "localhost.crt", "ca.crt"]) writeFileSync(path.join(certs, name), "stand-in");
  const homedir = jest.spyOn(os, "homedir").mockReturnValue(home);
  try {
    const config = jest.requireActual("../../webpack.config.js") as WebpackConfig;
    return config({ WEBPACK_SERVE: true }, { mode: "development" }).devServer;
  } finally {
    homedir.mockRestore();
  }
}

test("webpack's dev server is bound to localhost and accepts no other host", () => {
  const devServer = devServerConfig();
  expect(devServer).toBeDefined();
  expect(LOOPBACK).toContain(devServer?.host);
  expect(devServer?.allowedHosts ?? "auto").toBe("auto");
  expect(devServer?.port).toBe(3000);
});

test("a build (not served) has no dev server at all", () => {
  const config = jest.requireActual("../../webpack.config.js") as WebpackConfig;
  expect(config({}, { mode: "production" }).devServer).toBeUndefined();
});
