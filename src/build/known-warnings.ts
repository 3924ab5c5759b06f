/**
 * Bundler warnings known to be harmless, kept out of the build's log so that a warning in it is
 * worth reading (astro.config.mjs, `vite.build.rolldownOptions.onwarn`). Any other warning is
 * printed as before.
 */

/** The part of a Rolldown warning that tells which one it is. */
export interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/**
 * `MODULE_LEVEL_DIRECTIVE` for `"use astro:head-inject"`: Astro marks every MDX file with this
 * directive of its own, which the bundler does not know, and every MDX explainer printed a
 * 10-line warning on every build (withastro/astro#18087, open in Astro 7.3).
 */
function isKnownHarmless(warning: BundlerWarning): boolean {
  return (
    (warning.code === "MODULE_LEVEL_DIRECTIVE" &&
      warning.message.includes('"use astro:head-inject"')) ||
    isLcmsNodeBranch(warning)
  );
}

/**
 * Little CMS's Emscripten glue (`lcms-wasm/dist/lcms.js`, which the banner and poster maker
 * loads in the browser) imports Node's `module` inside a branch that runs only under Node; the
 * bundler swaps in an empty module for the browser and says so on every build.
 */
function isLcmsNodeBranch(warning: BundlerWarning): boolean {
  return (
    warning.message.includes('Module "module" has been externalized for browser compatibility') &&
    /lcms-wasm[\\/]dist[\\/]lcms\.js/u.test(warning.message)
  );
}

/** An `onwarn` handler that passes every other warning to the bundler's own. */
export function onBundlerWarning<W extends BundlerWarning>(
  warning: W,
  print: (warning: W) => void,
): void {
  if (!isKnownHarmless(warning)) print(warning);
}
