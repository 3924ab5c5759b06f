// Starts Decap with the studio's configuration and adds the print preview: a material's pages
// drawn by the print pipeline, refreshed a moment after each change, with any fit errors.
(async () => {
  const response = await fetch("../config.json");
  const config = await response.json();
  const CMS = window.CMS;
  const h = window.h;
  // The previews' words in the studio's language (Decap's own follow config.locale).
  const english = config.locale === "en";
  const w = (zh, en) => (english ? en : zh);

  const MaterialPreview = window.createClass({
    getInitialState() {
      return { pages: [], problems: [], busy: false, ms: 0 };
    },
    componentDidMount() {
      this.refresh();
    },
    componentDidUpdate(previous) {
      if (previous.entry !== this.props.entry) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(), 250);
      }
    },
    componentWillUnmount() {
      clearTimeout(this.timer);
    },
    async refresh() {
      const entry = this.props.entry;
      const data = entry.get("data");
      if (!data) return;
      const ask = (this.asked = (this.asked || 0) + 1);
      this.setState({ busy: true });
      try {
        const answer = await fetch("../studio/preview", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ path: entry.get("path") || "", data: data.toJS() }),
        });
        const json = await answer.json();
        if (ask !== this.asked) return;
        this.setState({
          busy: false,
          pages: json.pages || [],
          problems: json.problems || (json.error ? [{ message: json.error }] : []),
          ms: json.ms || 0,
        });
      } catch (error) {
        this.setState({ busy: false, problems: [{ message: String(error) }] });
      }
    },
    render() {
      const { pages, problems, busy, ms } = this.state;
      const errors = problems.filter((p) => p.level !== "warning");
      return h(
        "div",
        { style: { fontFamily: "sans-serif", padding: "12px" }, "data-studio-preview": "" },
        h(
          "p",
          {
            style: { color: "#555", margin: "0 0 8px" },
            "data-preview-state": busy ? "busy" : "done",
          },
          busy
            ? w("正在绘制预览…", "Drawing the preview…")
            : w(`印刷预览（${ms} 毫秒）`, `Print preview (${ms} ms)`),
        ),
        errors.length > 0
          ? h(
              "ul",
              {
                role: "alert",
                style: { background: "#fdecea", color: "#8a1c1c", padding: "8px 8px 8px 24px" },
              },
              errors.map((p, i) =>
                h("li", { key: i }, `${p.label ? `${p.label}${w("：", ": ")}` : ""}${p.message}`),
              ),
            )
          : null,
        pages.map((src, i) =>
          h("img", {
            key: i,
            src,
            alt: w(`第 ${i + 1} 页`, `Page ${i + 1}`),
            style: {
              display: "block",
              maxWidth: "100%",
              margin: "0 0 12px",
              boxShadow: "0 0 4px #888",
            },
          }),
        ),
      );
    },
  });

  // A page as the site shows it: the site's own pages, layout and styles, drawn from the saved
  // files by the studio's page preview (src/studio/site-preview.ts) and reloaded after a save.
  const PagePreview = window.createClass({
    getInitialState() {
      return { pages: [], locale: "zh-cn", stamp: 0, saved: 0, ms: 0 };
    },
    componentDidMount() {
      this.onSaved = (event) => {
        if (event.detail?.ok) this.setState({ stamp: Date.now(), saved: performance.now() });
      };
      window.addEventListener("studio:saved", this.onSaved);
      void this.locate();
    },
    componentWillUnmount() {
      window.removeEventListener("studio:saved", this.onSaved);
    },
    componentDidUpdate(previous) {
      if (previous.entry.get("path") !== this.props.entry.get("path")) void this.locate();
    },
    async locate() {
      const path = this.props.entry.get("path");
      if (!path) return this.setState({ pages: [] });
      const answer = await fetch("../studio/pagePreview", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ path }),
      });
      const json = await answer.json();
      this.setState({ pages: json.pages || [], stamp: Date.now() });
    },
    loaded() {
      if (this.state.saved) {
        this.setState({ ms: Math.round(performance.now() - this.state.saved), saved: 0 });
      }
    },
    render() {
      const { pages, locale, stamp, ms } = this.state;
      const page = pages.find((p) => p.locale === locale) || pages[0];
      const draft = this.props.entry.getIn(["data", "draft"]) === true;
      const bar = h(
        "p",
        { style: { margin: 0, padding: "6px 12px", background: "#f2f2f2", color: "#333" } },
        page
          ? [
              h(
                "span",
                { key: "t", "data-page-preview": "" },
                w("网站预览（保存后刷新）", "Page preview (reloaded after each save)"),
              ),
              ms ? h("span", { key: "ms" }, w(`：${ms} 毫秒`, `: ${ms} ms`)) : null,
              ...pages.map((p) =>
                h(
                  "button",
                  {
                    key: p.locale,
                    type: "button",
                    "aria-pressed": p.locale === page.locale ? "true" : "false",
                    style: { marginLeft: "8px" },
                    onClick: () => this.setState({ locale: p.locale, stamp: Date.now() }),
                  },
                  p.locale === "zh-cn" ? w("中文页", "Chinese page") : w("英文页", "English page"),
                ),
              ),
              draft
                ? h(
                    "span",
                    { key: "d" },
                    w(
                      "　草稿不在网站上显示：取消“草稿”并保存后才能预览。",
                      " A draft is not on the site: untick Draft and save to preview it.",
                    ),
                  )
                : null,
            ]
          : w(
              "保存之后，这里显示这一页在网站上的样子。",
              "Once saved, the page is shown here as the site shows it.",
            ),
      );
      if (!page) return h("div", {}, bar);
      const src = new URL(`../${page.src}`, window.location.href);
      src.searchParams.set("studio", String(stamp));
      return h(
        "div",
        { style: { display: "flex", flexDirection: "column", height: "100vh" } },
        bar,
        h("iframe", {
          key: `${page.locale}-${stamp}`,
          title: w("网站预览", "Page preview"),
          src: src.href,
          onLoad: () => this.loaded(),
          style: { flex: 1, width: "100%", border: 0, minHeight: "80vh" },
        }),
      );
    },
  });

  // The one component MDX explainers may use (src/components/mdx.ts, checked by the content
  // gate): <Aside title="…">text</Aside>, written in exactly the form the gate allows (a quoted
  // title without quotes or braces in it, plain text inside).
  const plain = (text) =>
    String(text || "")
      .replace(/[{}<>]/g, "")
      .trim();
  CMS.registerEditorComponent({
    id: "aside",
    label: w("提示框（Aside）", "Aside"),
    fields: [
      { name: "title", label: w("提示框标题", "Title"), widget: "string" },
      { name: "text", label: w("提示框内容", "Text"), widget: "text" },
    ],
    pattern: /^<Aside title="([^"]*)">\s*([\s\S]*?)\s*<\/Aside>$/m,
    fromBlock: (match) => ({
      title: match[1],
      text: match[2]
        .split("\n")
        .map((line) => line.trim())
        .join("\n"),
    }),
    toBlock: (data) =>
      `<Aside title="${plain(data.title).replace(/"/g, "”")}">\n  ${plain(data.text)
        .split("\n")
        .join("\n  ")}\n</Aside>`,
    toPreview: (data) =>
      h(
        "aside",
        { style: { border: "2px solid #b71c1c", padding: "8px" } },
        h("strong", {}, data.title),
        h("p", {}, data.text),
      ),
  });

  for (const collection of config.collections) {
    if (collection.name.startsWith("materials-")) {
      CMS.registerPreviewTemplate(collection.name, MaterialPreview);
    } else if (collection.folder && collection.extension !== "yaml") {
      CMS.registerPreviewTemplate(collection.name, PagePreview);
    }
  }
  window.initCMS({ config });
  // Decap is up: the page preview's dev server may start now (it would slow this first load).
  void fetch("../studio/sitePreview", { method: "POST", body: "{}" });
})();
