/**
 * The date every print file carries. Reproducible builds: `SOURCE_DATE_EPOCH` when the
 * environment sets it, else a fixed date, so two builds of the same content give the same bytes
 * (and the maker's file in a browser, which has no environment, the same as `npm run print`'s).
 */
export function fixedDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env["SOURCE_DATE_EPOCH"]);
  return Number.isFinite(epoch) && epoch > 0
    ? new Date(epoch * 1000)
    : new Date(Date.UTC(2000, 0, 1));
}
