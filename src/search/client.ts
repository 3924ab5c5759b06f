/**
 * The search page in the browser: reads `?q=`, runs the engine over Pagefind's index for this
 * page's language, and renders results into `[data-search-results]`.
 *
 * Test contract (kept stable for the browser tests): the container carries
 * `data-search-state` (`idle` | `loading` | `done` | `error`) and, when done,
 * `data-search-count` with the total; each result is one `a[href]` to the page; the
 * `[data-search-more]` button is removed once every result is shown. `data-search-ms` tells
 * how long the first results took.
 */
import { startSearch, type Hit, type Lookup, type PagefindResponse } from "./engine.ts";

interface PagefindInstance {
  init(): Promise<void>;
  search(
    term: string,
    options?: { sort?: Record<string, "asc" | "desc"> },
  ): Promise<PagefindResponse | null>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

interface PageConfig {
  pagefind: string;
  lang: string;
  intl: string;
  chinese: boolean;
  pageSize: number;
  kinds: Record<string, string>;
  strings: Record<"loading" | "count" | "none" | "error" | "empty", string>;
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

function lookupFor(instance: PagefindInstance, chinese: boolean): Lookup {
  return async (text, { exact, sortByDate }) => {
    const term = exact ? `"${text}"` : text;
    const options = sortByDate ? { sort: { date: "desc" as const } } : {};
    const run = async () => (await instance.search(term, options)) ?? { results: [] };
    return chinese ? withoutSegmenter(run) : run();
  };
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

async function run(container: HTMLElement): Promise<void> {
  const started = performance.now();
  const config = JSON.parse(container.dataset["config"] ?? "{}") as PageConfig;
  const status = container.querySelector<HTMLElement>("[data-search-status]");
  const list = container.querySelector<HTMLOListElement>("[data-search-list]");
  const more = container.querySelector<HTMLButtonElement>("[data-search-more]");
  const input = document.querySelector<HTMLInputElement>("[data-search-input]");
  if (!status || !list || !more) return;

  const params = new URLSearchParams(window.location.search);
  const query = (params.get("q") ?? "").trim();
  // `n` sets how many results each page shows (links can ask for more at once).
  const pageSize = Math.min(1000, Math.max(1, Number(params.get("n")) || config.pageSize));
  if (input) input.value = query;
  if (!query) {
    container.dataset["searchState"] = "idle";
    status.textContent = config.strings.empty;
    more.remove();
    return;
  }

  container.dataset["searchState"] = "loading";
  status.textContent = config.strings.loading;
  const dates = new Intl.DateTimeFormat(config.intl, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  try {
    const pagefind = (await import(/* @vite-ignore */ config.pagefind)) as PagefindModule;
    const instance = pagefind.createInstance({ noWorker: true, excerptLength: 40 });
    await instance.init();
    const session = await startSearch(lookupFor(instance, config.chinese), query, {
      chinese: config.chinese,
    });
    const showMore = async (): Promise<HTMLLIElement[]> => {
      const hits = await session.more(pageSize);
      const items = hits.map((hit) => renderHit(hit, config, dates));
      list.append(...items);
      if (session.done) more.remove();
      else more.hidden = false;
      const count = session.done ? list.children.length : session.total;
      status.textContent =
        count === 0 ? config.strings.none : fill(config.strings.count, { count, query });
      container.dataset["searchCount"] = String(count);
      return items;
    };
    more.addEventListener("click", async () => {
      more.disabled = true;
      container.dataset["searchState"] = "loading";
      const items = await showMore();
      more.disabled = false;
      container.dataset["searchState"] = "done";
      // Keyboard and screen-reader users continue from the first new result.
      items[0]?.querySelector("a")?.focus();
    });
    await showMore();
    // How long the first results took, for the benchmark.
    container.dataset["searchMs"] = String(Math.round(performance.now() - started));
    container.dataset["searchState"] = "done";
  } catch (error) {
    console.error(error);
    container.dataset["searchState"] = "error";
    status.textContent = config.strings.error;
    more.remove();
  }
}

const container = document.querySelector<HTMLElement>("[data-search-results]");
if (container) void run(container);
