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

function problemItem(p) {
  const where = `${p.area} · ${p.file}${p.field ? ` · ${p.label || p.field}` : ""}`;
  const item = element(
    "li",
    {},
    p.message,
    element("br"),
    element("span", { class: "where" }, where),
  );
  if (p.edit) {
    const link = element("a", { href: "#" }, " 去修改");
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
  const banner = $("#repo-banner");
  if (state.repo === "none") {
    banner.hidden = false;
    $("#repo-text").textContent =
      "这个文件夹还不是 Git 仓库：保存的内容照常写入，但不会记下修改历史，也不能撤回。";
    $("#start-history").hidden = false;
  } else if (state.repo === "unsupported") {
    banner.hidden = false;
    $("#repo-text").textContent =
      "这个文件夹是 Git 的附加工作区（worktree），工作台不能在这里记录历史；保存的内容照常写入。";
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
  $("#print-state").textContent = "正在绘制…";
  const answer = await call("preview", { path: $("#material").value });
  $("#print-state").textContent = `完成（${answer.ms} 毫秒）`;
  $("#print-problems").replaceChildren(...answer.problems.map(problemItem));
  $("#print-pages").replaceChildren(
    ...answer.pages.map((src, i) => element("img", { src, alt: `第 ${i + 1} 页` })),
  );
});

$("#import").addEventListener("click", async () => {
  const button = $("#import");
  button.disabled = true;
  $("#import-state").textContent = "正在导入…";
  $("#import-notes").replaceChildren();
  try {
    const answer = await call("importText", { text: $("#import-text").value });
    const link = element("a", { href: "#" }, "去编辑这篇工作动态");
    link.addEventListener("click", (event) => {
      event.preventDefault();
      edit(answer.edit);
    });
    $("#import-state").replaceChildren(`已导入为 ${answer.path}（草稿）。`, link);
    $("#import-notes").replaceChildren(...answer.notes.map((note) => element("li", {}, note)));
    $("#import-text").value = "";
  } catch (error) {
    $("#import-state").textContent = error.message;
  } finally {
    button.disabled = false;
  }
});

$("#make-pdf").addEventListener("click", async () => {
  $("#pdf-links").textContent = "正在生成…";
  try {
    const answer = await call("print", {
      path: $("#material").value,
      paper: $("#paper").value,
      bleedMm: $("#bleed").value,
      cropMarks: $("#crop").checked,
      cmyk: $("#cmyk").checked,
    });
    $("#print-problems").replaceChildren(...answer.problems.map(problemItem));
    $("#pdf-links").replaceChildren(
      ...answer.files.map((href) =>
        element("a", { href, download: href.split("/").pop() }, `下载 ${href.split("/").pop()} `),
      ),
      answer.sample ? "（含示例数据：每页印有“样稿”，不能付印）" : "",
    );
  } catch (error) {
    $("#pdf-links").textContent = `出错了：${error.message}`;
  }
});

$("#publish").addEventListener("click", async () => {
  const button = $("#publish");
  button.disabled = true;
  $("#published").hidden = true;
  $("#blockers").replaceChildren();
  $("#publish-state").textContent = "正在做发布检查…（检查通过后生成网站要几分钟）";
  try {
    const answer = await call("publish");
    if (answer.ok) {
      $("#publish-state").textContent = "发布检查通过，网站已生成。";
      $("#dist").textContent = answer.folder;
      $("#published").hidden = false;
    } else if (answer.blockers.length > 0) {
      $("#publish-state").textContent = `还有 ${answer.blockers.length} 处要先改好才能发布：`;
      $("#blockers").replaceChildren(...answer.blockers.map(problemItem));
    } else {
      $("#publish-state").textContent = `生成网站失败：${answer.output || ""}`;
    }
  } catch (error) {
    $("#publish-state").textContent = `出错了：${error.message}`;
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
        const button = element("button", { type: "button" }, "恢复这个版本");
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
  $("#guide").replaceChildren(...nodes);
}

// Decap's frame says when a save was refused (cms-boot.js): the reasons stay in view.
window.addEventListener("message", (event) => {
  if (event.origin !== location.origin || event.data?.studio !== "save") return;
  $("#save-error").hidden = event.data.ok;
  $("#save-error-text").textContent = event.data.ok ? "" : event.data.error;
});
$("#save-error-close").addEventListener("click", () => ($("#save-error").hidden = true));

void status();
