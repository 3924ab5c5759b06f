/** The main navigation: route and label key per section, in display order. */
import type { UiKey } from "../i18n/ui.ts";

export const navSections = [
  { id: "home", route: "", label: "nav.home" },
  { id: "bulletins", route: "bulletins/", label: "nav.bulletins" },
  { id: "explainers", route: "explainers/", label: "nav.explainers" },
  { id: "qa", route: "qa/", label: "nav.qa" },
  { id: "report", route: "report/", label: "nav.report" },
  { id: "slogans", route: "slogans/", label: "nav.slogans" },
  { id: "materials", route: "materials/", label: "nav.materials" },
] as const satisfies readonly { id: string; route: string; label: UiKey }[];

export type NavSection = (typeof navSections)[number]["id"] | "search" | "about" | "guides";

/** Footer links to the standing pages. */
export const footerLinks = [
  { route: "about/", label: "nav.about" },
  { route: "accessibility/", label: "nav.accessibility" },
  { route: "privacy/", label: "nav.privacy" },
  { route: "search/", label: "nav.search" },
  { route: "ledger/", label: "ledger.title" },
] as const satisfies readonly { route: string; label: UiKey }[];

/** Where to go when a feature cannot help (search without JavaScript, a page still to come). */
export const browseLinks = [
  { route: "report/", label: "nav.report" },
  { route: "qa/", label: "nav.qa" },
  { route: "bulletins/", label: "nav.bulletins" },
  { route: "explainers/", label: "nav.explainers" },
  { route: "slogans/", label: "nav.slogans" },
] as const satisfies readonly { route: string; label: UiKey }[];
