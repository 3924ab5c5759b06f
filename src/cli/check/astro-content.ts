/**
 * What `astro:content` provides to the content configuration, for `npm run check`, which
 * validates without starting Astro. `reference` behaves as Astro's own (same accepted forms,
 * same `{ id, collection }` result); whether the entry exists is checked afterwards, as the
 * build's integrity check does. Queries are not available outside Astro and say so.
 */
import { z } from "astro/zod";

export function reference(collection: string) {
  return z
    .union([
      z.number().transform((num) => num.toString(10)),
      z.string(),
      z.object({ id: z.string(), collection: z.string() }),
      z.object({ slug: z.string(), collection: z.string() }),
    ])
    .transform((lookup, ctx) => {
      if (typeof lookup !== "object") return { id: lookup, collection };
      if (lookup.collection !== collection) {
        ctx.addIssue({
          code: "custom",
          message: `Reference to ${collection} invalid. Expected ${collection}. Received ${lookup.collection}.`,
        });
        return z.NEVER;
      }
      return { id: "id" in lookup ? lookup.id : lookup.slug, collection };
    });
}

export function defineCollection<T>(config: T): T {
  return config;
}

function unavailable(name: string): never {
  throw new Error(`${name}() needs Astro; npm run check reads the files itself.`);
}

export const getCollection = () => unavailable("getCollection");
export const getEntry = () => unavailable("getEntry");
