/**
 * Materials of every kind with realistic text, for the image snapshots, the PDF tests and the
 * benchmark. Pure data, independent of the shipped content, so editing content/ never changes
 * a snapshot.
 */
import { defaultPrintSettings } from "../schemas/print.ts";
import { pressOf } from "./press.ts";
import type { Channel, MaterialSpec, RewardRules } from "./spec.ts";

const common: Omit<MaterialSpec, "kind" | "id" | "file" | "name" | "description" | "trim"> = {
  locale: "zh-cn",
  lang: "zh-CN",
  bleedMm: 3,
  cropMarks: false,
  cmyk: true,
  press: pressOf(defaultPrintSettings),
  scheme: "white-on-red",
  siteName: "示例县扫黑除恶宣传平台",
  organiser: "示例县扫黑除恶专项斗争领导小组办公室（示例）",
  labels: { channels: "举报方式", sampleWarning: "含示例联系方式，印刷前请换成本地信息" },
  samples: [],
};

const channels: Channel[] = [
  { name: "12337智能化举报平台（网站）", value: "https://www.12337.gov.cn/", sample: false },
  { name: "110报警电话", value: "110", hours: "全天24小时", sample: false },
  {
    name: "示例县扫黑办举报电话",
    value: "0000-12345678（示例）",
    hours: "工作日 8:30–17:30",
    sample: true,
  },
];

const qr = { url: "https://campaign.example.net/county/report/", caption: "扫码查看怎样举报" };

const rewards: RewardRules = {
  title: "悬赏通告",
  preamble:
    "为鼓励群众积极举报黑恶势力违法犯罪线索，依照本地有关举报奖励规定，现将举报奖励事项通告如下：",
  rules: [
    "举报黑社会性质组织违法犯罪线索，经查证属实的，给予每人每案最高10万元奖励（示例金额）。",
    "举报恶势力违法犯罪线索，经查证属实的，视情给予最高2万元奖励（示例金额）。",
  ],
  claim: "举报人可凭举报时获得的查询码申领奖励。",
  confidentiality: "对举报人的姓名、住址和举报内容严格保密。",
  issuer: "示例县扫黑除恶专项斗争领导小组办公室（示例）",
  date: "2026年3月1日",
  source: "奖励金额为示例，以本地公布的举报奖励办法为准。",
  sample: true,
};

export const exampleSpecs = {
  poster: {
    ...common,
    kind: "poster",
    id: "poster",
    file: "content/print/zh-cn/poster.yaml",
    name: "举报海报",
    description: "举报海报",
    trim: { widthMm: 297, heightMm: 420 },
    paper: "A3",
    cropMarks: true,
    slogan: "发现黑恶线索 请上12337平台举报",
    text: "发现黑恶势力违法犯罪线索，请及时举报。实名举报严格保密，匿名举报同样受理。",
    channels,
    qr,
    samples: ["channel local-office-phone"],
  },
  leaflet: {
    ...common,
    kind: "leaflet",
    id: "leaflet",
    file: "content/print/zh-cn/leaflet.yaml",
    name: "扫黑除恶明白纸",
    description: "明白纸",
    trim: { widthMm: 210, heightMm: 297 },
    paper: "A4",
    pages: [
      {
        heading: "扫黑除恶明白纸 · 认清黑恶势力",
        sections: [
          {
            heading: "什么是黑社会性质组织",
            paragraphs: ["黑社会性质组织要同时具备下面四个特征："],
            items: [
              "组织特征：人数较多，有明确的组织者、领导者，骨干成员基本固定。",
              "经济特征：有组织地通过违法犯罪活动获取经济利益，支持组织活动。",
              "行为特征：以暴力、威胁或者其他手段，有组织地多次进行违法犯罪活动。",
              "危害特征：称霸一方，在一定区域或者行业内形成非法控制。",
            ],
          },
          {
            heading: "软暴力也是暴力",
            paragraphs: [
              "用滋扰、纠缠、哄闹、聚众造势等手段让人心里害怕、不敢反抗，也是违法犯罪。",
            ],
            items: [],
          },
        ],
      },
      {
        heading: "扫黑除恶明白纸 · 怎样举报",
        sections: [
          {
            heading: "举报方式",
            paragraphs: ["遇到正在发生的危险，请立即拨打110。"],
            items: [],
            show: "channels",
          },
          { heading: "举报奖励", paragraphs: [], items: [], show: "rewards" },
        ],
      },
    ],
    channels,
    rewards,
    qr,
  },
  banner: {
    ...common,
    kind: "banner",
    id: "banner",
    file: "content/print/zh-cn/banner.yaml",
    name: "横幅",
    description: "横幅",
    trim: { widthMm: 6000, heightMm: 700 },
    scheme: "red-on-white",
    slogan: "扫黑除恶 人人有责",
  },
  board: {
    ...common,
    kind: "board",
    id: "board",
    file: "content/print/zh-cn/board.yaml",
    name: "展板",
    description: "展板",
    trim: { widthMm: 1200, heightMm: 900 },
    heading: "砂石运输“霸主”案：黑社会性质组织要同时具备四个特征",
    lead: "张某等人多年把持某县砂石运输，靠暴力和威胁排挤同行。法院认定该团伙构成黑社会性质组织。",
    blocks: [
      { kind: "heading", text: "案情" },
      {
        kind: "paragraph",
        text: "张某在某县做砂石生意。为了独占河道砂石运输，他先后拉拢二十多人，定下“规矩”，不交“过路费”的货车被拦下，司机被围堵、殴打。",
      },
      { kind: "heading", text: "法律怎么说" },
      { kind: "item", text: "组织特征：人数较多、比较稳定，有明确的组织者、领导者。" },
      { kind: "item", text: "经济特征：通过违法犯罪等手段获取经济利益，并用来支持组织活动。" },
      { kind: "item", text: "行为特征：有组织地多次实施暴力、威胁等违法犯罪活动。" },
      { kind: "item", text: "危害特征：在一定区域或行业内形成非法控制。" },
    ],
    qr,
  },
  notice: {
    ...common,
    kind: "notice",
    id: "notice",
    file: "content/print/zh-cn/notice.yaml",
    name: "悬赏通告",
    description: "悬赏通告",
    trim: { widthMm: 297, heightMm: 420 },
    paper: "A3",
    rewards,
    channels,
    qr,
    samples: ["reward rules"],
  },
} satisfies Record<string, MaterialSpec>;
