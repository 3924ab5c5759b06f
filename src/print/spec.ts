/**
 * A material ready to draw: the content file with every reference resolved (slogans, channels,
 * reward rules, the explainer of a board, the QR target as an absolute URL). Plain JSON, so the
 * build, the CLI and the tests hand the same thing to the same pure templates, and the material's
 * web page shows exactly the text the print shows.
 */
import type { Locale } from "../i18n/locales.ts";
import type { FlowBlock } from "./layout.ts";
import type { PaperName, TrimSize } from "./paper.ts";
import type { Preflight } from "./preflight.ts";
import type { Press } from "./press.ts";

export const materialKinds = ["poster", "leaflet", "banner", "board", "notice"] as const;
export type MaterialKind = (typeof materialKinds)[number];

export const colourSchemes = ["white-on-red", "red-on-white"] as const;
export type ColourScheme = (typeof colourSchemes)[number];

export interface Channel {
  name: string;
  value: string;
  hours?: string | undefined;
  sample: boolean;
}

/** A block of running text: a heading with paragraphs and/or a list. */
export interface Section {
  /** Empty for text before an explainer's first heading. */
  heading: string;
  paragraphs: string[];
  items: string[];
  /** Where the channels or reward rules go inside the section, after its own text. */
  show?: "channels" | "rewards" | undefined;
}

export interface RewardRules {
  title: string;
  preamble: string;
  rules: string[];
  claim: string;
  confidentiality: string;
  issuer: string;
  /** As the notice prints it: `2024年3月1日`. */
  date: string;
  source: string;
  sample: boolean;
}

export interface QrTarget {
  url: string;
  caption: string;
}

interface Common {
  id: string;
  locale: Locale;
  /** BCP 47 (`zh-CN`, `en`). */
  lang: string;
  /** The content file, for error messages: `content/print/zh-cn/poster-report.yaml`. */
  file: string;
  /** What staff call it on the materials page. */
  name: string;
  description: string;
  trim: TrimSize;
  paper?: PaperName | undefined;
  bleedMm: number;
  cropMarks: boolean;
  /** Kept for older callers: every material now gets its CMYK file. */
  cmyk: boolean;
  /** The press the CMYK file and the PDF/X output intent are made for (print.yaml). */
  press: Press;
  /**
   * The preflight note, once worked out where materials are listed for the pages
   * (src/collections/materials.ts), so the manifest says what the page says.
   */
  preflight?: Preflight | undefined;
  scheme: ColourScheme;
  /** Site name and organiser, printed small as the issuer. */
  siteName: string;
  /**
   * The campaign red, `colours.primary` of content/data/site.yaml: the web's CSS takes the same
   * value, so screen and paper show one red (the CMYK file converts it through the profile).
   */
  red: string;
  organiser: string;
  /** The labels the templates print (`举报方式`, `扫码查看举报指南` …), in the material's locale. */
  labels: PrintLabels;
  /** Names of sample data the material prints, to warn before it goes to a print shop. */
  samples: string[];
}

export interface PrintLabels {
  channels: string;
  sampleWarning: string;
  /** Inside the reward notice's seal area, where the office stamps its seal. */
  seal: string;
}

export interface PosterSpec extends Common {
  kind: "poster";
  slogan: string;
  text: string;
  channels: Channel[];
  qr: QrTarget;
}

export interface LeafletSpec extends Common {
  kind: "leaflet";
  pages: { heading: string; sections: Section[] }[];
  channels: Channel[];
  rewards?: RewardRules | undefined;
  qr: QrTarget;
}

export interface BannerSpec extends Common {
  kind: "banner";
  slogan: string;
}

export interface BoardSpec extends Common {
  kind: "board";
  heading: string;
  lead: string;
  /** The explainer's text in reading order. */
  blocks: FlowBlock[];
  qr: QrTarget;
}

export interface NoticeSpec extends Common {
  kind: "notice";
  rewards: RewardRules;
  channels: Channel[];
  qr: QrTarget;
}

export type MaterialSpec = PosterSpec | LeafletSpec | BannerSpec | BoardSpec | NoticeSpec;

/** Pages in the PDF of each kind: the leaflet is printed on both sides. */
export const pageCount = (spec: Pick<MaterialSpec, "kind">): number =>
  spec.kind === "leaflet" ? 2 : 1;
