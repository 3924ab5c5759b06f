/**
 * Written where the source gave no value: they pass the schemas, so the file loads and can be
 * previewed, and `npm run check` reports every one left, so none is published by mistake.
 */
export const PLACEHOLDER = "待填写";
/** The same for English fields (a ledger entry's place needs both languages). */
export const PLACEHOLDER_EN = "TODO: fill in";
