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
    warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')
  );
}

/** An `onwarn` handler that passes every other warning to the bundler's own. */
export function onBundlerWarning<W extends BundlerWarning>(
  warning: W,
  print: (warning: W) => void,
): void {
  if (!isKnownHarmless(warning)) print(warning);
}
