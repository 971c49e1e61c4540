import { quoteSheetName } from "../engine/cells/address";
import type { WriteOp, WriteRequest } from "./writeOps";

/**
 * Write-then-swap, as plain data: the add-in's sheets are written into hidden staging sheets of
 * their own names, which replace the old sheets only in the last sync (officeWorkbook.ts). Excel
 * binds a formula's reference to a sheet, not to its name, and keeps it bound when the sheet is
 * renamed: the staged formulas therefore point at the staging sheets, and follow them when they
 * take the final names; pointed at the old sheets, they would turn to #REF! when these go.
 */

/** Staging sheets are named this and a number; a hidden one left by a failed write is swept away. */
export const STAGING_PREFIX = "H4A_tmp";
const STAGING_NAME = /^H4A_tmp\d+$/i;

export const isStagingName = (name: string): boolean => STAGING_NAME.test(name);

/** One staging name per planned sheet, among the names no sheet of the workbook takes (those swept excepted). */
export function stagingNames(planned: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < planned.length; n++) {
    const name = `${STAGING_PREFIX}${n}`;
    if (!used.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** A formula's sheet references renamed by `renames` (keys lower-case), string literals left alone. */
export function retargetFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  if (!formula.includes("!")) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const rest = formula.slice(i);
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const bare = quoted === null && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? "") ? /^([A-Za-z_\\][A-Za-z0-9_.]*)!/.exec(rest) : null;
    const match = quoted ?? bare;
    if (match !== null) {
      const name = quoted !== null ? match[1].replace(/''/g, "'") : match[1];
      const renamed = renames.get(name.toLowerCase());
      out += renamed === undefined ? match[0] : `${quoteSheetName(renamed)}!`;
      i += match[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const retargetInput = <T>(input: T, renames: ReadonlyMap<string, string>): T =>
  typeof input === "string" && input.startsWith("=") ? (retargetFormula(input, renames) as T) : input;

/** A cell write sent to the staging sheet of its sheet, its formulas pointing at the staging sheets. */
export function stagedOp(op: WriteOp, renames: ReadonlyMap<string, string>): WriteOp {
  const sheet = renames.get(op.sheet.toLowerCase()) ?? op.sheet;
  switch (op.kind) {
    case "cells": {
      // Copied only where a formula changes: a large write is mostly text and numbers.
      let formulas = op.formulas;
      op.formulas.forEach((row, r) =>
        row.forEach((input, c) => {
          const next = retargetInput(input, renames);
          if (next === input) return;
          if (formulas === op.formulas) formulas = op.formulas.map((cells) => [...cells]);
          formulas[r][c] = next;
        }),
      );
      return { ...op, sheet, formulas };
    }
    case "fill":
      return { ...op, sheet, formula: retargetFormula(op.formula, renames) };
    default:
      return { ...op, sheet };
  }
}

export const stagedRequests = (requests: readonly WriteRequest[], renames: ReadonlyMap<string, string>): WriteRequest[] =>
  requests.map((request) => request.map((op) => stagedOp(op, renames)));
