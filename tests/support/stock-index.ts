/**
 * Pagefind's own index of a built site, written with its default settings: the baseline the
 * benchmark compares with, and what the tests compare our index's settings against.
 */
import * as pagefind from "pagefind";

export async function writeStockIndex(siteDir: string, outputPath: string): Promise<void> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`stock Pagefind index: ${step}: ${errors.join("; ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    fail("start", errors);
    if (!index) throw new Error("stock Pagefind index: no index");
    fail("read", (await index.addDirectory({ path: siteDir })).errors);
    fail("write", (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
}
