"use strict";
/*
 * Where dist/ is served. The manifest is written for the development server; a production build
 * (webpack.config.js) rewrites its URLs to H4A_PUBLIC_URL when that variable is set.
 */

const DEV_URL = "https://localhost:3000/";

/** H4A_PUBLIC_URL as an https URL ending in "/", or DEV_URL when it is unset or blank. */
function publicUrl(raw = process.env.H4A_PUBLIC_URL) {
  const text = (raw || "").trim();
  if (text === "") return DEV_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`H4A_PUBLIC_URL is not a URL: "${text}"`);
  }
  if (url.protocol !== "https:") throw new Error(`H4A_PUBLIC_URL must be https: "${text}"`);
  if (url.search || url.hash) throw new Error(`H4A_PUBLIC_URL must have no query or fragment: "${text}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest's text with the development origin replaced by `targetUrl`. */
function rewriteManifest(xml, targetUrl) {
  return xml.split(DEV_URL).join(targetUrl);
}

module.exports = { DEV_URL, publicUrl, rewriteManifest };
