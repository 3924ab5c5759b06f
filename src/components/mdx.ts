/** Components available in every MDX file without an import. */
import Aside from "./Aside.astro";

export const mdxComponents = { Aside };
