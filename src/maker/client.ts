/**
 * The maker page's script: reads the form, and draws a preview as the visitor types (a short
 * pause after the last key). The drawing code, Satori and the fonts load with the first key
 * (maker.ts), the PDF writer with the first download, so the page itself stays small; nothing
 * typed is sent anywhere.
 */
import type { MakerConfig, MakerInput } from "./config.ts";
import { fill } from "./config.ts";
import type { Download, Preview } from "./maker.ts";

/** Wait this long after the last key before drawing: typing stays smooth on a slow phone. */
const PAUSE_MS = 250;

const root = document.querySelector<HTMLElement>("[data-maker]");
const configText = document.querySelector("#maker-config")?.textContent;

if (root && configText) start(root, JSON.parse(configText) as MakerConfig);

function start(root: HTMLElement, config: MakerConfig): void {
  const found = {
    form: root.querySelector<HTMLFormElement>("form"),
    kind: root.querySelector<HTMLSelectElement>("[data-maker-kind]"),
    text: root.querySelector<HTMLTextAreaElement>("[data-maker-text]"),
    preview: root.querySelector<HTMLElement>("[data-maker-preview]"),
    status: root.querySelector<HTMLElement>("[data-maker-status]"),
    hint: root.querySelector<HTMLElement>("[data-maker-hint]"),
  };
  const { form, kind, text, preview, status, hint } = found;
  if (!form || !kind || !text || !preview || !status || !hint) return;
  wire(root, config, { form, kind, text, preview, status, hint });
}

interface Parts {
  form: HTMLFormElement;
  kind: HTMLSelectElement;
  text: HTMLTextAreaElement;
  preview: HTMLElement;
  status: HTMLElement;
  hint: HTMLElement;
}

function wire(root: HTMLElement, config: MakerConfig, parts: Parts): void {
  const { form, kind, text, preview, status, hint } = parts;
  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const s = config.strings;

  function input(): MakerInput {
    const size = field("size")?.value ?? "600x70";
    const [presetW, presetH] = size.split("x").map(Number);
    const custom = size === "custom";
    return {
      kind: kind.value === "poster" ? "poster" : "banner",
      text: text.value,
      body: field("body")?.value ?? "",
      scheme: field("scheme")?.value === "red-on-white" ? "red-on-white" : "white-on-red",
      widthCm: custom ? Number(field("width")?.value) : (presetW ?? 600),
      heightCm: custom ? Number(field("height")?.value) : (presetH ?? 70),
      paper: (field("paper")?.value ?? "A3") as MakerInput["paper"],
    };
  }

  /** Shows the fields of the chosen kind (and the free size inputs when asked for). */
  function showFields(): void {
    const current = input();
    for (const element of root.querySelectorAll<HTMLElement>("[data-maker-for]")) {
      element.hidden = element.dataset["makerFor"] !== current.kind;
    }
    const custom = root.querySelector<HTMLElement>("[data-maker-custom]");
    if (custom) custom.hidden = current.kind !== "banner" || field("size")?.value !== "custom";
  }

  let maker: Promise<typeof import("./maker.ts")> | undefined;
  const load = () => (maker ??= import("./maker.ts"));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawing = 0;
  let shown: Preview | undefined;

  function setDownloads(enabled: boolean): void {
    for (const button of root.querySelectorAll<HTMLButtonElement>("[data-maker-file]")) {
      button.disabled = !enabled;
    }
  }

  function show(result: Preview): void {
    shown = result;
    root.dataset["makerState"] = result.state;
    setDownloads(result.state === "drawn");
    const fit = result.state === "empty" ? undefined : result.fit;
    hint.textContent = fit ? fill(s.fits, { max: fit.maxCharacters }) : "";
    if (result.state === "empty") {
      status.textContent = "";
      preview.replaceChildren(placeholder(s.empty));
      return;
    }
    if (result.state === "refused") {
      status.textContent = result.message;
      // The last drawing stays, faded, so the change that broke it is easy to see.
      preview.classList.add("maker__preview--stale");
      if (!preview.querySelector("img")) preview.replaceChildren();
      return;
    }
    status.textContent = "";
    preview.classList.remove("maker__preview--stale");
    const image = document.createElement("img");
    image.alt = fill(s.previewAlt, { name: input().text.trim() });
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.svg)}`;
    preview.replaceChildren(image);
  }

  async function draw(): Promise<void> {
    const ticket = ++drawing;
    const current = input();
    root.dataset["makerState"] = "drawing";
    status.textContent = maker ? s.drawing : s.loading;
    try {
      const result = await (await load()).preview(config, current);
      if (ticket === drawing) show(result);
    } catch (error) {
      if (ticket !== drawing) return;
      root.dataset["makerState"] = "failed";
      status.textContent = fill(s.failed, { message: String(error) });
      setDownloads(false);
    }
  }

  function changed(): void {
    showFields();
    clearTimeout(timer);
    timer = setTimeout(() => void draw(), PAUSE_MS);
  }

  // The first key starts the download of the drawing code while the pause runs: on a slow
  // phone the first preview comes that much sooner.
  const warm = () => {
    void load()
      .then((module) => module.prepared(config))
      .catch(() => undefined);
  };
  text.addEventListener("input", warm, { once: true });

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // The phone keyboard's Go key and the button draw at once; the page never reloads.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void draw();
  });

  const slogans = root.querySelector<HTMLSelectElement>("[data-maker-slogans]");
  slogans?.addEventListener("change", () => {
    if (slogans.value) text.value = slogans.value;
    changed();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-maker-file]")) {
    button.addEventListener("click", () => {
      if (shown?.state !== "drawn") return;
      void save(button.dataset["makerFile"] as Download, button);
    });
  }

  async function save(which: Download, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const file = await (await load()).download(config, input(), which);
      const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      status.textContent = fill(s.failed, { message: String(error) });
    } finally {
      button.disabled = shown?.state !== "drawn";
    }
  }

  showFields();
  setDownloads(false);
  if (text.value.trim() !== "") changed();
}

function placeholder(message: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "maker__empty";
  p.textContent = message;
  return p;
}
