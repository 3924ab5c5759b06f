/**
 * The search page in the browser: loads Pagefind as soon as the page loads, reads the query and
 * filters from the address (`?q=`, `?type=`, `?year=`, `?place=`), runs the engine over the
 * index for this page's language and renders results into `[data-search-results]`. A new
 * search from the page's own form runs in place (the address is updated, so it can be shared
 * and Back works), reusing the loaded runtime and index chunks.
 *
 * Test contract (kept stable for the browser tests): the container carries
 * `data-search-state` (`idle` | `loading` | `done` | `error`) and, when done,
 * `data-search-count` with the total; each result is one `a[href]` to the page; the
 * `[data-search-more]` button is hidden once every result is shown. For the benchmark,
 * `data-search-ready` is set once Pagefind is loaded, and `data-search-ms` tells how long the
 * first results of the last search took from the moment it was asked for.
 */
import {
  startSearch,
  type Hit,
  type KindsOf,
  type Lookup,
  type PagefindResponse,
  type PairIndex,
} from "./engine.ts";
import { searchFilterNames, searchTypes, type SearchFilterName } from "./fields.ts";
import { loadPairIndex } from "./pairs-client.ts";

interface SearchOptions {
  sort?: Record<string, "asc" | "desc">;
  filters?: Record<string, string>;
}

interface PagefindInstance {
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

interface PageConfig {
  pagefind: string;
  intl: string;
  chinese: boolean;
  /** Results on the first page, and added by each "more". */
  firstPage: number;
  pageSize: number;
  kinds: Record<string, string>;
  strings: Record<"loading" | "count" | "none" | "error" | "empty", string>;
}

type Filters = Partial<Record<SearchFilterName, string>>;

interface Request {
  query: string;
  filters: Filters;
  /** `?n=` sets how many results each page shows (links and tests can ask for more at once). */
  pageSize: number | undefined;
}

/**
 * Pagefind 1.6.0 re-splits Chinese queries with Intl.Segmenter; the engine's pair lookups must
 * reach the index as they are. While any lookup runs, the word segmenter is hidden, which sends
 * Pagefind down its plain path (undocumented; pinned version, guarded by the browser tests).
 */
let hidden = 0;
let savedSegmenter: PropertyDescriptor | undefined;

async function withoutSegmenter<T>(run: () => Promise<T>): Promise<T> {
  if (hidden++ === 0) {
    savedSegmenter = Object.getOwnPropertyDescriptor(Intl, "Segmenter");
    Object.defineProperty(Intl, "Segmenter", {
      value: undefined,
      configurable: true,
      writable: true,
    });
  }
  try {
    return await run();
  } finally {
    if (--hidden === 0 && savedSegmenter) Object.defineProperty(Intl, "Segmenter", savedSegmenter);
  }
}

function activeFilters(filters: Filters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/** Lookups wait for Pagefind only when made: a query the pair index serves alone does not. */
function lookupFor(ready: Promise<PagefindInstance>, chinese: boolean, filters: Filters): Lookup {
  const active = activeFilters(filters);
  return async (text, { exact, sortByDate }) => {
    const instance = await ready;
    const term = exact ? `"${text}"` : text;
    const options: SearchOptions = { filters: active };
    if (sortByDate) options.sort = { date: "desc" };
    const run = async () => (await instance.search(term, options)) ?? { results: [] };
    return chinese ? withoutSegmenter(run) : run();
  };
}

/**
 * Each result's kind from Pagefind's `type` filter: a search for no term under one type lists
 * every page of it (from the small filter index, no fragment), once per search page.
 */
let kindById: Promise<Map<string, string>> | undefined;
function kindsFor(ready: Promise<PagefindInstance>): KindsOf {
  return async (ids) => {
    kindById ??= ready.then(async (instance) => {
      const byId = new Map<string, string>();
      for (const type of searchTypes) {
        const response = await instance.search(null, { filters: { type } });
        for (const result of response?.results ?? []) byId.set(result.id, type);
      }
      return byId;
    });
    const byId = await kindById;
    return ids.map((id) => byId.get(id));
  };
}

async function loadPagefind(config: PageConfig): Promise<PagefindInstance> {
  const pagefind = (await import(/* @vite-ignore */ config.pagefind)) as PagefindModule;
  // The main thread, not a worker: the segmenter can only be hidden here. The excerpt is cut by
  // the engine, so Pagefind's own is kept short.
  const instance = pagefind.createInstance({ noWorker: true, excerptLength: 40 });
  await instance.init();
  // init() returns before the WebAssembly and the language metadata have loaded; a search for
  // nothing waits for them and fetches no index chunk.
  await instance.search("");
  return instance;
}

function readRequest(params: URLSearchParams): Request {
  const filters: Filters = {};
  for (const name of searchFilterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const n = Number(params.get("n"));
  return {
    query: (params.get("q") ?? "").trim(),
    filters,
    pageSize: n >= 1 ? Math.min(1000, Math.floor(n)) : undefined,
  };
}

/** The address of a search: empty fields are left out, so shared links stay short. */
function requestUrl(form: HTMLFormElement): URL {
  const url = new URL(form.action, window.location.href);
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim()) url.searchParams.set(name, value.trim());
  }
  const n = new URLSearchParams(window.location.search).get("n");
  if (n) url.searchParams.set("n", n);
  return url;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function renderHit(hit: Hit, config: PageConfig, dates: Intl.DateTimeFormat): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = hit.sections[0]?.url ?? hit.url;
  link.textContent = hit.sections[0] ? `${hit.title}：${hit.sections[0].title}` : hit.title;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "search-result__meta";
  const kind = config.kinds[hit.kind];
  if (kind) meta.append(kind);
  if (hit.date) {
    const time = document.createElement("time");
    time.dateTime = hit.date;
    time.textContent = dates.format(new Date(`${hit.date}T00:00:00Z`));
    if (kind) meta.append(" · ");
    meta.append(time);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  // The engine escapes the page text and adds only <mark>.
  excerpt.innerHTML = hit.excerptHtml;
  item.append(heading, meta, excerpt);
  return item;
}

function boot(container: HTMLElement): void {
  const config = JSON.parse(container.dataset["config"] ?? "{}") as PageConfig;
  const status = container.querySelector<HTMLElement>("[data-search-status]");
  const list = container.querySelector<HTMLOListElement>("[data-search-list]");
  const more = container.querySelector<HTMLButtonElement>("[data-search-more]");
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  if (!status || !list || !more) return;
  const dates = new Intl.DateTimeFormat(config.intl, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });

  // The runtime (script, WebAssembly, language metadata) and the pair index's metadata load
  // now, while the reader types. Without the pair index, every lookup goes to Pagefind.
  const ready = loadPagefind(config);
  const pairsReady: Promise<PairIndex | undefined> = config.chinese
    ? loadPairIndex(config.pagefind, document.documentElement.lang).catch((error: unknown) => {
        console.error(error);
        return undefined;
      })
    : Promise.resolve(undefined);
  Promise.all([ready, pairsReady]).then(
    () => (container.dataset["searchReady"] = ""),
    () => undefined,
  );
  // Pagefind's WebAssembly runs its first search slowly; a search with no term and no filter
  // (Pagefind's filter-only search) fetches nothing and warms it while the page is idle.
  void ready.then((instance) =>
    window.requestIdleCallback?.(() => void instance.search(null).catch(() => undefined)),
  );

  /** Each search gets a number; a search overtaken by a newer one stops drawing. */
  let current = 0;
  let showMore: (() => Promise<HTMLLIElement[]>) | undefined;

  const setState = (state: "idle" | "loading" | "done" | "error") => {
    container.dataset["searchState"] = state;
  };
  const fail = (error: unknown) => {
    console.error(error);
    setState("error");
    status.textContent = config.strings.error;
    more.hidden = true;
  };

  const syncForm = (request: Request) => {
    if (!form) return;
    const input = form.querySelector<HTMLInputElement>("[data-search-input]");
    if (input) input.value = request.query;
    for (const name of searchFilterNames) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLSelectElement) field.value = request.filters[name] ?? "";
    }
  };

  const run = async (request: Request, started: number): Promise<void> => {
    const id = ++current;
    list.replaceChildren();
    more.hidden = true;
    showMore = undefined;
    delete container.dataset["searchCount"];
    delete container.dataset["searchMs"];
    if (!request.query) {
      setState("idle");
      status.textContent = config.strings.empty;
      return;
    }
    setState("loading");
    status.textContent = config.strings.loading;
    try {
      const pairs = await pairsReady;
      const lookup = lookupFor(ready, config.chinese, request.filters);
      const session = await startSearch(lookup, request.query, {
        chinese: config.chinese,
        pairs,
        filters: activeFilters(request.filters),
        kindsOf: kindsFor(ready),
      });
      if (id !== current) return;
      let size = request.pageSize ?? config.firstPage;
      showMore = async () => {
        const hits = await session.more(size);
        size = request.pageSize ?? config.pageSize;
        if (id !== current) return [];
        const items = hits.map((hit) => renderHit(hit, config, dates));
        list.append(...items);
        more.hidden = session.done;
        const count = session.done ? list.children.length : session.total;
        status.textContent =
          count === 0
            ? config.strings.none
            : fill(config.strings.count, { count, query: request.query });
        container.dataset["searchCount"] = String(count);
        return items;
      };
      await showMore();
      if (id !== current) return;
      container.dataset["searchMs"] = String(Math.round(performance.now() - started));
      setState("done");
    } catch (error) {
      if (id === current) fail(error);
    }
  };

  more.addEventListener("click", async () => {
    if (!showMore) return;
    const id = current;
    more.disabled = true;
    setState("loading");
    try {
      const items = await showMore();
      if (id !== current) return;
      setState("done");
      // Keyboard and screen-reader users continue from the first new result.
      items[0]?.querySelector("a")?.focus();
    } catch (error) {
      if (id === current) fail(error);
    } finally {
      more.disabled = false;
    }
  });

  const searchFromForm = () => {
    if (!form) return;
    const started = performance.now();
    const url = requestUrl(form);
    // Replaced, not pushed: the words searched for do not pile up as entries a watcher could
    // step back through, and Back leaves the search page.
    if (url.href !== window.location.href) window.history.replaceState(null, "", url);
    void run(readRequest(url.searchParams), started);
  };
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    searchFromForm();
  });
  // A filter applies as soon as it is chosen; focus stays where it is, and the status line
  // (a live region) reads out the new count.
  form?.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) searchFromForm();
  });
  window.addEventListener("popstate", () => {
    const request = readRequest(new URLSearchParams(window.location.search));
    syncForm(request);
    void run(request, performance.now());
  });

  const request = readRequest(new URLSearchParams(window.location.search));
  syncForm(request);
  void run(request, performance.now());
}

const container = document.querySelector<HTMLElement>("[data-search-results]");
if (container) boot(container);
