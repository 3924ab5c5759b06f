// The studio's own words in English, by their Chinese (the pages are written in Chinese, the
// studio's first language). `t("完成（{0} 毫秒）", 12)` gives the text in the studio's
// language; `translatePage()` puts a page's static text into English. Started with
// `npm run studio -- --lang en` or switched with the button in the bar.
window.studioStrings = {
  平安宣传工作台: "Pingan publicity studio",
  工作台: "Studio",
  编辑内容: "Edit content",
  导入新闻: "Import news",
  物料预览: "Print preview",
  发布: "Publish",
  修改历史: "History",
  使用说明: "Guide",
  开始记录修改历史: "Start keeping a history",
  知道了: "Close",
  "把一篇新闻稿的全文（从网页或 Word 里复制）粘贴到下面，点“导入为工作动态”。繁体字、拼音注音、网页杂质会自动整理；没读出来的地方标着“待填写”，稿件先作为草稿保存。":
    "Paste the full text of a news report (copied from a web page or Word) below and press “Import as news”. Traditional characters, pinyin and web clutter are cleaned up; what could not be read is marked 待填写 (to fill in), and the report is saved as a draft.",
  新闻稿全文: "Full text of the report",
  导入为工作动态: "Import as news",
  "也可以把 .txt 或 Word（.docx）文件拖到这里，或者":
    "Or drop a .txt or Word (.docx) file here, or",
  选择文件: "choose a file",
  待合并的台账数字: "Ledger figures to merge",
  "导入时从稿件里读出的宣传数字（张贴标语多少条、横幅多少幅……）。逐项和原文核对，改正数字、类别和时间，填好英文地点，勾选要合并的，点“合并到宣传台账”。":
    "Publicity figures read from imported reports (slogans posted, banners hung…). Check each against the text, correct the count, kind and period, fill in the English place, tick the ones to merge and press “Merge into the ledger”.",
  "选一件物料，看它印出来的样子（和 npm run print 印的完全一样）。改物料的文字请到“编辑内容”，编辑时右侧也有预览。":
    "Choose a material to see how it prints (exactly as npm run print draws it). Change its text under “Edit content”, which has a preview beside the form too.",
  物料: "Material",
  翻译: "Translations",
  "正在查看翻译…": "Looking at the translations…",
  "每个页面都有最新的译文。": "Every page has an up-to-date translation.",
  "{0} 处译文缺少或比原文旧（不影响发布）：":
    "{0} translations are missing or older than their original (publishing is not blocked):",
  " 去翻译": " Translate",
  绘制预览: "Draw preview",
  "印刷文件（PDF）": "Print files (PDF)",
  纸张: "Paper",
  按物料的设置: "As the material says",
  "出血（毫米）": "Bleed (mm)",
  裁切线: "Crop marks",
  "另出 CMYK 版": "Also a CMYK file",
  "生成 PDF": "Make PDF",
  "发布前先做发布检查：示例数据、示例网址、没有核对的日期等都不能发布。检查通过后生成可以上传的网站文件夹和一个 .zip 压缩包。":
    "Publishing first runs the release check: sample data, example addresses and unconfirmed dates cannot be published. Once it passes, the site is built into a folder ready to upload, and a .zip of it.",
  检查并发布: "Check and publish",
  网站已生成在: "The site was built in",
  "下载 site.zip": "Download site.zip",
  "把这个文件夹里的全部文件（或 site.zip 解压后的全部文件）上传到网站主机的网站根目录，覆盖原来的文件。":
    "Upload every file in this folder (or everything in site.zip, unpacked) to the site's root folder on the web host, replacing the files there.",
  "每次保存都记了下来。要把某个文件恢复到以前的样子，点那一次修改旁边的“恢复这个版本”。":
    "Every save is recorded. To put a file back as it was, press “Restore this version” beside that change.",
  文件: "File",
  查看这个文件的历史: "Show this file's history",
  恢复这个版本: "Restore this version",
  " 去修改": " Fix it",
  "这个文件夹还不是 Git 仓库：保存的内容照常写入，但不会记下修改历史，也不能撤回。":
    "This folder is not a Git repository: saves are written, but no history is kept and nothing can be undone.",
  "这个文件夹是 Git 的附加工作区（worktree），工作台不能在这里记录历史；保存的内容照常写入。":
    "This folder is a linked Git worktree, where the studio cannot record history; saves are still written.",
  "正在绘制…": "Drawing…",
  "完成（{0} 毫秒）": "Done ({0} ms)",
  "第 {0} 页": "Page {0}",
  "正在导入…": "Importing…",
  去编辑这篇工作动态: "Edit this news item",
  "已导入为 {0}（草稿）。": "Imported as {0} (a draft). ",
  "正在生成…": "Making…",
  "下载 {0} ": "Download {0} ",
  "（含示例数据：每页印有“样稿”，不能付印）":
    "(holds sample data: every page is marked SAMPLE and must not go to press)",
  "出错了：{0}": "Something went wrong: {0}",
  "正在做发布检查…（检查通过后生成网站要几分钟）":
    "Running the release check… (building the site after it passes takes a few minutes)",
  "发布检查通过，网站已生成。": "The release check passed and the site is built.",
  "还有 {0} 处要先改好才能发布：": "{0} things must be fixed before publishing:",
  "生成网站失败：{0}": "Building the site failed: {0}",
  合并: "Merge",
  "编号 / 来源（原文）": "Id / source (the text)",
  类别: "Kind",
  数量: "Count",
  时间: "Period",
  "地点（中文 / 英文）": "Place (Chinese / English)",
  合并这一项: "Merge this figure",
  编号: "Id",
  "以上（余、多）": "At least (余, 多)",
  " 以上": " at least",
  开始日期: "From",
  结束日期: "To",
  " 至 ": " to ",
  "地点（中文）": "Place (Chinese)",
  "地点（英文）": "Place (English)",
  来源: "Source",
  链接到那篇工作动态: "Link to the news item",
  " 链接到那篇动态": " Link to the news item",
  " 链接到那篇动态（它还是草稿）": " Link to the news item (still a draft)",
  合并到宣传台账: "Merge into the ledger",
  "正在检查并合并…": "Checking and merging…",
  "已合并 {0} 项到宣传台账。": "Merged {0} figures into the ledger.",
  "现在没有待合并的台账数字。": "No ledger figures are waiting to be merged.",
  "（使用说明只有中文）": "(The guide is in Chinese.)",
  English: "English",
};

window.studioLang = "zh-cn";

window.t = (zh, ...args) => {
  const text = (window.studioLang === "en" && window.studioStrings[zh]) || zh;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
};

/** The page's static text and labels in the studio's language. */
window.translatePage = (root = document) => {
  if (window.studioLang !== "en") return;
  const walker = document.createTreeWalker(root.body || root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const key = node.nodeValue.replace(/\s+/g, " ").trim();
    const english = window.studioStrings[key];
    if (english) node.nodeValue = node.nodeValue.replace(/\S[\s\S]*\S|\S/, english);
  }
  for (const element of (root.body || root).querySelectorAll("[title],[aria-label]")) {
    for (const name of ["title", "aria-label"]) {
      const english = window.studioStrings[element.getAttribute(name)];
      if (english) element.setAttribute(name, english);
    }
  }
  document.title = window.studioStrings[document.title] || document.title;
  document.documentElement.lang = "en";
};
