/**
 * Materials of every kind with realistic text, for the image snapshots, the PDF tests and the
 * benchmark: in Chinese (`exampleSpecs`), in English, and at extreme lengths, the longest text
 * each box takes and a one-word one (`exampleSets`). Pure data, independent of the shipped
 * content, so editing content/ never changes a snapshot.
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
  red: "#c8161d",
  organiser: "示例县扫黑除恶专项斗争领导小组办公室（示例）",
  labels: {
    channels: "举报方式",
    sampleWarning: "含示例联系方式，印刷前请换成本地信息",
    seal: "盖章处",
  },
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

const en: Omit<MaterialSpec, "kind" | "id" | "file" | "name" | "description" | "trim"> = {
  ...common,
  locale: "en",
  lang: "en",
  siteName: "Sample County Campaign Against Organised Crime",
  organiser:
    "Office of the Sample County Leading Group for the Campaign Against Organised Crime (sample)",
  labels: {
    channels: "Ways to report",
    sampleWarning: "Contains sample contacts or reward rules: replace them before printing",
    seal: "Seal",
  },
};

const enChannels: Channel[] = [
  {
    name: "12337 smart reporting platform (website)",
    value: "https://www.12337.gov.cn/",
    sample: false,
  },
  { name: "110 police emergency number", value: "110", hours: "24 hours a day", sample: false },
  {
    name: "Sample County office reporting line",
    value: "0000-12345678（示例）",
    hours: "Working days, 8:30–12:00 and 14:30–17:30",
    sample: true,
  },
  {
    name: "Report by letter",
    value: "示例县示例路1号 示例县扫黑办（收）（示例地址）",
    sample: true,
  },
];

const enQr = {
  url: "https://campaign.example.net/county/en/report/",
  caption: "Scan to read how to report",
};

const enRewards: RewardRules = {
  title: "Rewards for Reports",
  preamble:
    "To encourage residents to report crimes by gangs and mafia-style groups, the following rewards are offered under local rules:",
  rules: [
    "A verified report on a mafia-style organisation: up to CNY 100,000 per person per case (sample amount).",
    "A verified report on a criminal gang: up to CNY 20,000 per person per case (sample amount).",
    'A verified report on an official who acts as a gang\'s "protective umbrella" is rewarded under the rules.',
  ],
  claim: "Claim your reward with the reference code you were given when you reported.",
  confidentiality: "Your name, address and what you reported are kept strictly confidential.",
  issuer:
    "Office of the Sample County Leading Group for the Campaign Against Organised Crime (sample)",
  date: "1 March 2026",
  source: "The amounts are samples; the local published reward rules apply.",
  sample: true,
};

/** The same materials in English: longer words, Latin type, straight quotes to be curled. */
export const englishSpecs = {
  poster: {
    ...en,
    kind: "poster",
    id: "poster",
    file: "content/print/en/poster.yaml",
    name: "Reporting poster",
    description: "Reporting poster",
    trim: { widthMm: 297, heightMm: 420 },
    paper: "A3",
    slogan: "Know something about a gang? Report it on the 12337 platform",
    text: "If you know of crimes by gangs or mafia-style groups, report them. Named reports are kept confidential and anonymous reports are accepted.",
    channels: enChannels.slice(0, 3),
    qr: enQr,
    samples: ["channel local-office-phone"],
  },
  leaflet: {
    ...en,
    kind: "leaflet",
    id: "leaflet",
    file: "content/print/en/leaflet.yaml",
    name: "Know and report leaflet",
    description: "Leaflet",
    trim: { widthMm: 210, heightMm: 297 },
    paper: "A4",
    pages: [
      {
        heading: "Know the gangs",
        sections: [
          {
            heading: "What is a mafia-style organisation?",
            paragraphs: ["A mafia-style organisation has all four of these features:"],
            items: [
              "Organisation: a stable group of some size, with clear leaders and a fixed core.",
              "Money: it makes money by crime or other means, and uses it to keep the group going.",
              "Behaviour: it commits crimes again and again, in an organised way, by violence or threats.",
              "Harm: it rules an area or a trade and takes illegal control of it.",
            ],
          },
          {
            heading: "Soft violence is violence",
            paragraphs: [
              'Following people, blocking doors and "debt collectors" who will not leave frighten people into giving in: that is soft violence, and a crime.',
            ],
            items: [],
          },
        ],
      },
      {
        heading: "How to report",
        sections: [
          {
            heading: "Ways to report",
            paragraphs: ["If you are in danger now, call 110 at once."],
            items: [],
            show: "channels",
          },
          { heading: "Rewards", paragraphs: [], items: [], show: "rewards" },
        ],
      },
    ],
    channels: enChannels,
    rewards: enRewards,
    qr: enQr,
    samples: ["channel local-office-phone"],
  },
  banner: {
    ...en,
    kind: "banner",
    id: "banner",
    file: "content/print/en/banner.yaml",
    name: "Banner",
    description: "Banner",
    trim: { widthMm: 10000, heightMm: 900 },
    scheme: "red-on-white",
    slogan: "Root out the gangs, keep us safe",
  },
  board: {
    ...en,
    kind: "board",
    id: "board",
    file: "content/print/en/board.yaml",
    name: "Board",
    description: "Board",
    trim: { widthMm: 1200, heightMm: 900 },
    heading: 'The sand-haulage "boss": a mafia-style organisation must show all four features',
    lead: "For years Zhang's group controlled sand haulage in X County by violence and threats. The court found it was a mafia-style organisation.",
    blocks: [
      { kind: "heading", text: "What happened" },
      {
        kind: "paragraph",
        text: 'To take over all sand haulage from the river, Zhang drew in more than twenty people and laid down "rules". Lorries that did not pay a "road fee" were stopped and their drivers beaten.',
      },
      { kind: "heading", text: "What the law says" },
      { kind: "item", text: "Organisation: a fairly large, stable group with clear leaders." },
      {
        kind: "item",
        text: "Economic: it makes money through crime and uses it to support the group.",
      },
      { kind: "item", text: "Behaviour: it repeatedly commits organised violence and threats." },
      { kind: "item", text: "Harm: it gains illegal control over an area or a trade." },
      {
        kind: "paragraph",
        text: "A group that shows only some of these features is not a mafia-style organisation.",
      },
    ],
    qr: enQr,
  },
  notice: {
    ...en,
    kind: "notice",
    id: "notice",
    file: "content/print/en/notice.yaml",
    name: "Rewards notice",
    description: "Rewards notice",
    trim: { widthMm: 297, heightMm: 420 },
    paper: "A3",
    rewards: enRewards,
    channels: enChannels,
    qr: enQr,
    samples: ["reward rules"],
  },
} satisfies Record<string, MaterialSpec>;

/**
 * Extreme lengths: the most text each box takes before the material fails (a three-line
 * slogan, full leaflet pages, a two-line board title), and the least (one word). Where a
 * widow or a split word would show, it shows here.
 */
export const extremeSpecs = {
  poster: {
    ...exampleSpecs.poster,
    id: "poster-extreme",
    paper: "A2",
    trim: { widthMm: 420, heightMm: 594 },
    slogan: "扫黑除恶专项斗争常态化开展，发现黑恶势力违法犯罪线索，请及时向12337平台举报，依法严惩",
    text: "发现黑恶势力违法犯罪线索，请及时举报。实名举报严格保密，匿名举报同样受理；对打击报复举报人的，依法严惩。",
  },
  leaflet: {
    ...exampleSpecs.leaflet,
    id: "leaflet-extreme",
    pages: [
      {
        heading: "扫黑除恶明白纸 · 认清黑恶势力、依法举报、保护自己",
        sections: [
          ...(exampleSpecs.leaflet.pages[0]?.sections ?? []),
          {
            heading: "重点打击哪些黑恶势力",
            paragraphs: [],
            items: [
              "把持基层政权、操纵破坏基层换届选举、侵吞集体资产的黑恶势力。",
              "利用家族、宗族势力横行乡里、称霸一方的“村霸”等黑恶势力。",
              "在征地、拆迁、工程建设中强揽工程、煽动闹事的黑恶势力。",
              "在集市、车站、码头、景区欺行霸市、强买强卖、收“保护费”的黑恶势力。",
              "非法高利放贷、暴力讨债，插手民间纠纷充当“地下执法队”的黑恶势力。",
              "为黑恶势力充当“保护伞”的公职人员。",
            ],
          },
          {
            heading: "什么是恶势力",
            paragraphs: [
              "恶势力是经常纠集在一起，以暴力、威胁或者其他手段，在一定区域或者行业内多次实施违法犯罪活动，为非作恶，欺压群众，扰乱社会秩序，但尚未形成黑社会性质组织的犯罪团伙。",
            ],
            items: [],
          },
        ],
      },
      {
        heading: "扫黑除恶明白纸 · 怎样举报",
        sections: [
          ...(exampleSpecs.leaflet.pages[1]?.sections ?? []),
          {
            heading: "保护举报人",
            paragraphs: [
              "实名举报严格保密，匿名举报同样受理。根据反有组织犯罪法第六十一条，举报人、证人可以不公开真实姓名、住址和工作单位，作证时可以不暴露外貌、真实声音。打击报复举报人的，依法从严惩处。",
            ],
            items: [],
          },
        ],
      },
    ],
  },
  banner: {
    ...exampleSpecs.banner,
    id: "banner-extreme",
    trim: { widthMm: 10000, heightMm: 900 },
    slogan: "打击黑恶势力 保障人民安居乐业",
  },
  board: {
    ...exampleSpecs.board,
    id: "board-extreme",
    heading:
      "砂石运输“霸主”案：人数较多、比较稳定的团伙靠暴力和威胁把持行业，黑社会性质组织要同时具备四个特征",
    lead: "张某等人多年把持某县砂石运输，靠暴力和威胁排挤同行、强收“过路费”。法院认定该团伙同时具备组织、经济、行为、危害四个特征，构成黑社会性质组织，张某作为组织者、领导者被判处有期徒刑十年。",
    blocks: [
      ...exampleSpecs.board.blocks,
      {
        kind: "paragraph",
        text: "只具备其中一部分的，不能认定为黑社会性质组织，可能属于恶势力或一般违法犯罪，要依法分别处理。按照刑法规定，组织者、领导者处七年以上有期徒刑，并处没收财产；积极参加者处三年以上七年以下有期徒刑；其他参加者处三年以下有期徒刑。",
      },
      { kind: "heading", text: "给居民的提醒" },
      {
        kind: "paragraph",
        text: "有人靠人多势众“立规矩”、收“费用”，不交就打、砸、吓，这就值得警惕。可以通过12337智能化举报平台举报，写清时间、地点、经过和涉及的人；正在发生危险时，请立即拨打110。",
      },
    ],
  },
  notice: {
    ...exampleSpecs.notice,
    id: "notice-extreme",
    rewards: {
      ...rewards,
      title: "关于举报黑恶势力违法犯罪线索的悬赏通告",
      rules: [
        ...rewards.rules,
        "举报充当黑恶势力“保护伞”的公职人员，经查证属实的，按照规定给予奖励。",
        "同一线索多人举报的，奖励最先举报人；联名举报的，按一案奖励，由举报人协商分配。",
      ],
      issuer: "示例省示例市示例县扫黑除恶专项斗争领导小组办公室、示例县公安局（示例）",
    },
  },
} satisfies Record<string, MaterialSpec>;

/** Every example, by set: what the snapshot and typesetting tests run over. */
export const exampleSets = {
  zh: exampleSpecs,
  en: englishSpecs,
  extreme: extremeSpecs,
} as const;
