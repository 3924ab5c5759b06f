// Starts Decap with the studio's configuration and adds the print preview: a material's pages
// drawn by the print pipeline, refreshed a moment after each change, with any fit errors.
(async () => {
  const response = await fetch("../config.json");
  const config = await response.json();
  const CMS = window.CMS;
  const h = window.h;

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
          busy ? "正在绘制预览…" : `印刷预览（${ms} 毫秒）`,
        ),
        errors.length > 0
          ? h(
              "ul",
              {
                role: "alert",
                style: { background: "#fdecea", color: "#8a1c1c", padding: "8px 8px 8px 24px" },
              },
              errors.map((p, i) =>
                h("li", { key: i }, `${p.label ? `${p.label}：` : ""}${p.message}`),
              ),
            )
          : null,
        pages.map((src, i) =>
          h("img", {
            key: i,
            src,
            alt: `第 ${i + 1} 页`,
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

  for (const collection of config.collections) {
    if (collection.name.startsWith("materials-")) {
      CMS.registerPreviewTemplate(collection.name, MaterialPreview);
    }
  }
  window.initCMS({ config });
})();
