/**
 * How wide text is, roughly, in em, for layout done without a browser (chart label room, how
 * long an LED line takes to scroll by). CJK and other full-width characters are one em wide;
 * Latin capitals and digits about 0.62 em, other characters about half an em.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    width += /[\u1100-\uffff]/u.test(char) ? 1 : /[A-Z0-9mwMW]/.test(char) ? 0.62 : 0.5;
  }
  return width;
}
