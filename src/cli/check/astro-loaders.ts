/**
 * What `astro/loaders` provides to the content configuration, for `npm run check`: instead of
 * loading, each loader returns its options, so the checker reads the same folders and files,
 * and makes ids with the same `generateId`, as the build.
 */

export interface GlobOptions {
  pattern: string;
  base: string;
  generateId?: (options: { entry: string; base: URL; data: Record<string, unknown> }) => string;
}

export interface LoaderDescription {
  name: "glob" | "file";
  glob?: GlobOptions;
  file?: string;
}

export function glob(options: GlobOptions): LoaderDescription {
  return { name: "glob", glob: options };
}

export function file(path: string): LoaderDescription {
  return { name: "file", file: path };
}
