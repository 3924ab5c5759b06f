// The studio's shell: tabs around Decap (which runs in the frame under 编辑内容), the print
// preview, publishing, history and the guide. Everything it asks for is on this same origin.
const $ = (selector) => document.querySelector(selector);

async function call(action, params = {}) {
  const response = await fetch(`studio/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || response.statusText);
  return json;
}

const element = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
};

function show(tab) {
  for (const button of document.querySelectorAll("[data-tab]")) {
    if (button.dataset.tab === tab) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  for (const section of document.querySelectorAll(".tab")) {
    section.hidden = section.id !== `tab-${tab}`;
  }
  if (tab === "history") void showRecent();
  if (tab === "guide") void showGuide();
  if (tab === "import") void showProposals();
  if (tab === "publish") void showTranslations();
}

for (const button of document.querySelectorAll("[data-tab]")) {
  button.addEventListener("click", () => show(button.dataset.tab));
}

/** Opens a form in Decap (the checklist's links), reloading it so that it reads the file afresh. */
function edit(route) {
  show("edit");
  const frame = $("#cms").contentWindow;
  frame.location.hash = route.replace(/^#/, "");
  frame.location.reload();
}

function problemItem(p, action = t(" 去修改")) {
  const where = `${p.area} · ${p.file}${p.field ? ` · ${p.label || p.field}` : ""}`;
  const item = element(
    "li",
    {},
    p.message,
    element("br"),
    element("span", { class: "where" }, where),
  );
  if (p.edit) {
    const link = element("a", { href: "#" }, action);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      edit(p.edit);
    });
    item.append(link);
  }
  return item;
}

async function status() {
  const state = await call("status");
  if (state.lang !== window.studioLang) {
    window.studioLang = state.lang;
    window.translatePage();
    $("#lang").textContent = state.lang === "en" ? "中文" : "English";
    $("#lang").lang = state.lang === "en" ? "zh-CN" : "en";
  }
  const banner = $("#repo-banner");
  if (state.repo === "none") {
    banner.hidden = false;
    $("#repo-text").textContent = t(
      "这个文件夹还不是 Git 仓库：保存的内容照常写入，但不会记下修改历史，也不能撤回。",
    );
    $("#start-history").hidden = false;
  } else if (state.repo === "unsupported") {
    banner.hidden = false;
    $("#repo-text").textContent = t(
      "这个文件夹是 Git 的附加工作区（worktree），工作台不能在这里记录历史；保存的内容照常写入。",
    );
  } else {
    banner.hidden = true;
  }
  const select = $("#material");
  select.replaceChildren(
    ...state.materials.map((m) =>
      element("option", { value: m.file }, `${m.name}（${m.locale} · ${m.kind} · ${m.id}）`),
    ),
  );
  return state;
}

$("#start-history").addEventListener("click", async () => {
  await call("startHistory");
  await status();
});

$("#draw").addEventListener("click", async () => {
  $("#print-state").textContent = t("正在绘制…");
  const answer = await call("preview", { path: $("#material").value });
  $("#print-state").textContent = t("完成（{0} 毫秒）", answer.ms);
  $("#print-problems").replaceChildren(...answer.problems.map((p) => problemItem(p)));
  $("#print-pages").replaceChildren(
    ...answer.pages.map((src, i) => element("img", { src, alt: t("第 {0} 页", i + 1) })),
  );
});

$("#import").addEventListener("click", async () => {
  const button = $("#import");
  button.disabled = true;
  $("#import-state").textContent = t("正在导入…");
  $("#import-notes").replaceChildren();
  try {
    imported(await call("importText", { text: $("#import-text").value }));
    $("#import-text").value = "";
  } catch (error) {
    $("#import-state").textContent = error.message;
  } finally {
    button.disabled = false;
  }
});

/** A dropped or chosen .txt/.docx file: sent as it is; the importer reads its encoding. */
async function importFile(file) {
  if (!file) return;
  $("#import-state").textContent = t("正在导入…");
  $("#import-notes").replaceChildren();
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    imported(await call("importFile", { name: file.name, content: btoa(binary) }));
  } catch (error) {
    $("#import-state").textContent = error.message;
  }
}

function imported(answer) {
  const link = element("a", { href: "#" }, t("去编辑这篇工作动态"));
  link.addEventListener("click", (event) => {
    event.preventDefault();
    edit(answer.edit);
  });
  $("#import-state").replaceChildren(t("已导入为 {0}（草稿）。", answer.path), link);
  $("#import-notes").replaceChildren(...answer.notes.map((note) => element("li", {}, note)));
  void showProposals();
}

$("#import-file").addEventListener("change", (event) => void importFile(event.target.files[0]));
const drop = $("#drop");
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  void importFile(event.dataTransfer.files[0]);
});

/** One proposed ledger figure as a row of fields; `read()` gives the entry as edited. */
function proposalRow(entry, kinds, bulletinDraft) {
  const input = (attributes, value) => {
    const node = element("input", attributes);
    node.value = value ?? "";
    return node;
  };
  const merge = element("input", { type: "checkbox", "aria-label": t("合并这一项") });
  merge.checked = true;
  const id = input({ size: "24", "aria-label": t("编号") }, entry.id);
  const kind = element("select", { "aria-label": t("类别") });
  kind.replaceChildren(
    ...kinds.map((k) => {
      const option = element("option", { value: k.value }, k.label);
      option.selected = k.value === entry.kind;
      return option;
    }),
  );
  const count = input(
    { type: "number", min: "0", step: "1", "aria-label": t("数量") },
    entry.count,
  );
  const atLeast = element("input", { type: "checkbox", "aria-label": t("以上（余、多）") });
  atLeast.checked = entry.atLeast === true;
  const start = input({ size: "10", "aria-label": t("开始日期") }, entry.periodStart);
  const end = input({ size: "10", "aria-label": t("结束日期") }, entry.periodEnd);
  const placeZh = input({ size: "14", "aria-label": t("地点（中文）") }, entry.place?.["zh-cn"]);
  const placeEn = input({ size: "14", "aria-label": t("地点（英文）") }, entry.place?.en);
  const source = element("textarea", { rows: "2", cols: "40", "aria-label": t("来源") });
  source.value = entry.source ?? "";
  // A ledger entry may link to its bulletin only once the bulletin is published (the gate
  // refuses a link to a draft): unticked while it is one.
  const link = element("input", { type: "checkbox", "aria-label": t("链接到那篇工作动态") });
  link.checked = Boolean(entry.bulletin) && !bulletinDraft;
  link.disabled = !entry.bulletin;
  const row = element(
    "tr",
    {},
    element("td", {}, merge),
    element(
      "td",
      {},
      id,
      element("br"),
      source,
      element("br"),
      element(
        "label",
        {},
        link,
        t(bulletinDraft ? " 链接到那篇动态（它还是草稿）" : " 链接到那篇动态"),
      ),
    ),
    element("td", {}, kind),
    element("td", {}, count, element("label", {}, atLeast, t(" 以上"))),
    element("td", {}, start, t(" 至 "), end),
    element("td", {}, placeZh, element("br"), placeEn),
  );
  return {
    row,
    read: () =>
      merge.checked
        ? {
            ...entry,
            id: id.value.trim(),
            kind: kind.value,
            count: Number(count.value),
            atLeast: atLeast.checked ? true : undefined,
            periodStart: start.value.trim(),
            periodEnd: end.value.trim(),
            place: { "zh-cn": placeZh.value.trim(), en: placeEn.value.trim() },
            source: source.value.trim(),
            bulletin: link.checked ? entry.bulletin : undefined,
          }
        : undefined,
  };
}

async function showProposals() {
  const answer = await call("proposals");
  const forms = answer.proposals.map((proposal) => {
    const rows = proposal.entries.map((entry) =>
      proposalRow(entry, answer.kinds, proposal.bulletinDraft),
    );
    const state = element("p", { "aria-live": "polite", class: "merge-state" });
    const button = element("button", { type: "button", class: "primary" }, t("合并到宣传台账"));
    button.addEventListener("click", async () => {
      button.disabled = true;
      state.textContent = t("正在检查并合并…");
      $("#merge-state").textContent = "";
      try {
        const entries = rows.map((r) => r.read()).filter(Boolean);
        const done = await call("mergeLedger", { path: proposal.path, entries });
        // Said above the list, which is drawn again without this proposal.
        $("#merge-state").textContent = t("已合并 {0} 项到宣传台账。", done.merged);
        void showProposals();
      } catch (error) {
        state.textContent = error.message;
      } finally {
        button.disabled = false;
      }
    });
    return element(
      "form",
      { class: "proposal", "data-proposal": proposal.path },
      element("h3", {}, proposal.path),
      element(
        "table",
        {},
        element(
          "thead",
          {},
          element(
            "tr",
            {},
            ...["合并", "编号 / 来源（原文）", "类别", "数量", "时间", "地点（中文 / 英文）"].map(
              (h) => element("th", {}, t(h)),
            ),
          ),
        ),
        element("tbody", {}, ...rows.map((r) => r.row)),
      ),
      element("p", {}, button),
      state,
    );
  });
  $("#proposals").replaceChildren(
    ...(forms.length > 0 ? forms : [element("p", {}, t("现在没有待合并的台账数字。"))]),
  );
}

$("#make-pdf").addEventListener("click", async () => {
  $("#pdf-links").textContent = t("正在生成…");
  try {
    const answer = await call("print", {
      path: $("#material").value,
      paper: $("#paper").value,
      bleedMm: $("#bleed").value,
      cropMarks: $("#crop").checked,
      cmyk: $("#cmyk").checked,
    });
    $("#print-problems").replaceChildren(...answer.problems.map((p) => problemItem(p)));
    $("#pdf-links").replaceChildren(
      ...answer.files.map((href) =>
        element(
          "a",
          { href, download: href.split("/").pop() },
          t("下载 {0} ", href.split("/").pop()),
        ),
      ),
      answer.sample ? t("（含示例数据：每页印有“样稿”，不能付印）") : "",
    );
  } catch (error) {
    $("#pdf-links").textContent = t("出错了：{0}", error.message);
  }
});

/** Pages whose translation is missing or older than the original, with their forms. */
async function showTranslations() {
  $("#translations-state").textContent = t("正在查看翻译…");
  try {
    const { items } = await call("translations");
    $("#translations-state").textContent =
      items.length === 0
        ? t("每个页面都有最新的译文。")
        : t("{0} 处译文缺少或比原文旧（不影响发布）：", items.length);
    $("#translations").replaceChildren(...items.map((item) => problemItem(item, t(" 去翻译"))));
  } catch (error) {
    $("#translations-state").textContent = t("出错了：{0}", error.message);
  }
}

$("#publish").addEventListener("click", async () => {
  const button = $("#publish");
  button.disabled = true;
  $("#published").hidden = true;
  $("#blockers").replaceChildren();
  $("#publish-state").textContent = t("正在做发布检查…（检查通过后生成网站要几分钟）");
  try {
    const answer = await call("publish");
    if (answer.ok) {
      $("#publish-state").textContent = t("发布检查通过，网站已生成。");
      $("#dist").textContent = answer.folder;
      $("#published").hidden = false;
    } else if (answer.blockers.length > 0) {
      $("#publish-state").textContent = t("还有 {0} 处要先改好才能发布：", answer.blockers.length);
      $("#blockers").replaceChildren(...answer.blockers.map((p) => problemItem(p)));
    } else {
      $("#publish-state").textContent = t("生成网站失败：{0}", answer.output || "");
    }
  } catch (error) {
    $("#publish-state").textContent = t("出错了：{0}", error.message);
  } finally {
    button.disabled = false;
  }
});

const day = (seconds) => new Date(seconds * 1000).toLocaleString("zh-CN", { hour12: false });

async function showRecent() {
  const state = await call("status");
  $("#history").replaceChildren(
    ...state.commits.map((c) =>
      element("li", {}, element("time", {}, day(c.time)), c.message.split("\n")[0]),
    ),
  );
}

$("#history-show").addEventListener("click", async () => {
  const path = $("#history-file").value.trim();
  const answer = await call("history", { path });
  $("#history").replaceChildren(
    ...answer.versions.map((v, i) => {
      const item = element("li", {}, element("time", {}, day(v.time)), v.message.split("\n")[0]);
      if (i > 0) {
        const button = element("button", { type: "button" }, t("恢复这个版本"));
        button.addEventListener("click", async () => {
          await call("restore", { path, commit: v.commit });
          $("#history-show").click();
        });
        item.append(" ", button);
      }
      return item;
    }),
  );
});

/** The guide (docs/studio.md): headings, lists and paragraphs, as text (nothing is run). */
async function showGuide() {
  if ($("#guide").childElementCount > 0) return;
  const text = await (await fetch("download/guide.md")).text();
  const nodes = [];
  let list;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    const plain = (s) => s.replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]*)\*\*/g, "$1");
    if (heading) {
      list = undefined;
      nodes.push(element(`h${heading[1].length}`, {}, plain(heading[2])));
    } else if (item) {
      if (!list) nodes.push((list = element("ul")));
      list.append(element("li", {}, plain(item[1])));
    } else if (line.trim() !== "") {
      list = undefined;
      nodes.push(element("p", {}, plain(line)));
    } else {
      list = undefined;
    }
  }
  if (window.studioLang === "en") nodes.unshift(element("p", {}, t("（使用说明只有中文）")));
  $("#guide").replaceChildren(...nodes);
}

// Decap's frame says when a save was refused (cms-boot.js): the reasons stay in view.
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin || event.data?.studio !== "save") return;
  $("#save-error").hidden = event.data.ok;
  $("#save-error-text").textContent = event.data.ok ? "" : event.data.error;
});
$("#save-error-close").addEventListener("click", () => ($("#save-error").hidden = true));

// The studio's language: the server's (its messages and Decap's UI follow it), so switching
// reloads the whole page, Decap included.
$("#lang").addEventListener("click", async () => {
  await call("lang", { lang: window.studioLang === "en" ? "zh-cn" : "en" });
  location.reload();
});

void status();
