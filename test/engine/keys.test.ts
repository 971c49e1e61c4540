import { CANDIDATE_FIELDS, INDICATOR_KEYS } from "../../src/engine/candidates/fields";
import { FIELDS } from "../../src/engine/beneficiaries/fields";
import { ParamsSchema } from "../../src/engine/agreement/params";
import { FIELD_KEYS, OUTCOME_KEYS, PARAM_KEYS, SHARED_FIELD_KEYS } from "../../src/engine/keys";

describe("the key tables are the order of their sheets", () => {
  it("lists the beneficiary fields in the order of the §3 table, the outcomes being those with a due year", () => {
    expect(FIELDS.map((f) => f.key)).toEqual(FIELD_KEYS);
    expect(FIELDS.filter((f) => f.dueYear !== null).map((f) => f.key)).toEqual(OUTCOME_KEYS);
  });

  it("lists the parameters in the order of the H4A_Parametri sheet", () => {
    expect(Object.keys(ParamsSchema.shape)).toEqual(PARAM_KEYS);
  });

  it("splits the candidate fields into the shared §3 fields and the §3b indicators", () => {
    const keys = CANDIDATE_FIELDS.map((f) => f.key);
    expect(keys.filter((k) => (SHARED_FIELD_KEYS as readonly string[]).includes(k)).sort()).toEqual([...SHARED_FIELD_KEYS].sort());
    expect(keys.filter((k) => (INDICATOR_KEYS as readonly string[]).includes(k)).sort()).toEqual([...INDICATOR_KEYS].sort());
    expect(keys).toHaveLength(SHARED_FIELD_KEYS.length + INDICATOR_KEYS.length);
  });
});
