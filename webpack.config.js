/*
 * H4A — one shared runtime: taskpane.html hosts the task pane, the custom functions and the
 * ribbon button (manifest.xml: <Runtime resid="Taskpane.Url" lifetime="long"/>).
 *
 * - Entries `functions` (src/functions/functions.ts) and `taskpane` (src/taskpane/index.tsx) are
 *   both injected into taskpane.html, with ONE webpack runtime chunk (runtime.js), so a module
 *   imported by both (the engine, a shared store) is instantiated once in the page.
 * - custom-functions-metadata-plugin writes functions.json from the JSDoc `@customfunction` tags
 *   and its loader appends the `CustomFunctions.associate(...)` calls to functions.ts;
 *   functions.it.json is the same metadata with the Italian descriptions (scripts/functions-it.js).
 * - office.js comes from Microsoft's CDN through a <script> tag in the template, never bundled.
 * - The template renders the pane's first frame at build time (src/taskpane/frame/renderFrames.tsx,
 *   in html-webpack-plugin's Node child compilation) and loads the entry `frame` (frame.js, with
 *   its own few lines of runtime) synchronously after it.
 * - `npm start`: https://localhost:3000 with the certificates of office-addin-dev-certs
 *   (scripts/dev-certs.js creates them first).
 * - dist/manifest.xml: manifest.xml with https://localhost:3000/ replaced by H4A_PUBLIC_URL
 *   when that variable is set (the origin and path where dist/ is published).
 * - `--env H4A_TEST_HOOK=1` (`npm run build:e2e`): the build the end-to-end tests serve, into
 *   dist-e2e/, where the pane accepts the tests' in-memory Excel outside Office. Without it the
 *   constant H4A_TEST_HOOK is false and the minifier drops that code from dist/.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { italianMetadata } = require("./scripts/functions-it");
const { certificatePaths } = require("./scripts/cert-paths");
const { DEV_URL, publicUrl, rewriteManifest } = require("./scripts/public-url");

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

function httpsOptions() {
  const files = certificatePaths();
  const absent = Object.values(files).filter((file) => !fs.existsSync(file));
  if (absent.length > 0) {
    throw new Error(`Missing development certificates (${absent.join(", ")}): run "npm run dev-certs".`);
  }
  return {
    key: fs.readFileSync(files.key),
    cert: fs.readFileSync(files.cert),
    ca: fs.readFileSync(files.ca),
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const targetUrl = publicUrl();
  const testHook = String(env.H4A_TEST_HOOK) === "1";

  return {
    mode,
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      // The pane comes after the functions in the page: what both import (the agreement's reading,
      // zod, …) is in functions.js only, not twice.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      // Written into taskpane.html by hand, not injected.
      frame: { import: "./src/taskpane/frame/index.ts", runtime: false },
    },
    output: {
      path: path.resolve(__dirname, testHook ? "dist-e2e" : "dist"),
      filename: "[name].js",
      // The chunks fetched by import() after the first render (one per tab, the workbook's actions, the share copy).
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type-checking is `npm run typecheck` (tsc --noEmit); ES modules let webpack
              // tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
    },
    // Fluent UI alone puts taskpane.js above webpack's 244 KiB advice; the warning would repeat on
    // every build with nothing to decide.
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ H4A_TEST_HOOK: JSON.stringify(testHook) }),
      new CustomFunctionsMetadataPlugin({
        input: FUNCTIONS_SOURCE,
        output: "functions.json",
      }),
      new ItalianFunctionsMetadataPlugin(),
      new OneChunkTemplatePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              targetUrl === DEV_URL ? content : Buffer.from(rewriteManifest(content.toString("utf8"), targetUrl), "utf8"),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: DEV_PORT,
          server: { type: "https", options: httpsOptions() },
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};

/** Emits functions.it.json beside the functions.json that custom-functions-metadata-plugin adds. */
function ItalianFunctionsMetadataPlugin() {}
ItalianFunctionsMetadataPlugin.prototype.apply = function apply(compiler) {
  const { Compilation, WebpackError, sources } = compiler.webpack;
  compiler.hooks.thisCompilation.tap("ItalianFunctionsMetadataPlugin", (compilation) => {
    compilation.hooks.processAssets.tap(
      { name: "ItalianFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
      (assets) => {
        const english = assets["functions.json"];
        if (!english) return;
        try {
          const metadata = italianMetadata(JSON.parse(english.source().toString()));
          compilation.emitAsset("functions.it.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
        } catch (error) {
          compilation.errors.push(new WebpackError(error.message));
        }
      },
    );
  });
};

/**
 * taskpane.html's template renders the pane's frame at build time (src/taskpane/frame/renderFrames.tsx)
 * in html-webpack-plugin's child compilation for Node: the tabs' import() calls there are merged into
 * that one chunk, so no Node-side copy of a tab's chunk lands in dist/ beside the browser's.
 */
function OneChunkTemplatePlugin() {}
OneChunkTemplatePlugin.prototype.apply = function apply(compiler) {
  const { LimitChunkCountPlugin } = compiler.webpack.optimize;
  compiler.hooks.thisCompilation.tap("OneChunkTemplatePlugin", (compilation) => {
    compilation.hooks.childCompiler.tap("OneChunkTemplatePlugin", (childCompiler, compilerName) => {
      if (compilerName === "HtmlWebpackCompiler") new LimitChunkCountPlugin({ maxChunks: 1 }).apply(childCompiler);
    });
  });
};
