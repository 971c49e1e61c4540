/*
 * The Italian metadata of the custom functions: functions.json (generated from the JSDoc, in
 * English) with every function's and parameter's description taken from
 * src/functions/descriptions.it.json. The manifest serves it by default (Italian first) and
 * functions.json to English-language Excel, so Excel's argument help follows the display language.
 */
"use strict";

const DESCRIPTIONS = require("../src/functions/descriptions.it.json");

/** The localized metadata; throws naming what the dictionary lacks or has in excess. */
function italianMetadata(metadata, descriptions = DESCRIPTIONS) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const entry = descriptions[fn.id];
    if (!entry) {
      problems.push(`${fn.id}: no Italian description`);
      return fn;
    }
    const parameters = fn.parameters.map((p) => {
      const text = entry.parameters[p.name];
      if (!text) problems.push(`${fn.id}(${p.name}): no Italian description`);
      return { ...p, description: text || p.description };
    });
    const extra = Object.keys(entry.parameters).filter((name) => !fn.parameters.some((p) => p.name === name));
    for (const name of extra) problems.push(`${fn.id}(${name}): described but not a parameter`);
    return { ...fn, description: entry.description, parameters };
  });
  for (const id of Object.keys(descriptions)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`${id}: described but not a function`);
  }
  if (problems.length > 0) throw new Error(`descriptions.it.json does not match the functions: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

module.exports = { italianMetadata };
