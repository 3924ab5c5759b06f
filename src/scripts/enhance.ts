/**
 * Progressive enhancements. Every page works without this file; with it, the elder-mode switch
 * works and the quick-exit control also answers the keyboard and leaves no history entry.
 *
 * The key is Shift pressed three times in a row within five seconds (as GOV.UK's "Exit this
 * page"): it cannot fire by accident while typing (any other key starts the count again) and,
 * unlike Esc, it is not what a reader presses to clear a search box or close a menu.
 */
const EXIT_PRESSES = 3;
const EXIT_WINDOW_MS = 5000;

const ELDER_KEY = "pingan-elder";

function setElder(on: boolean): void {
  document.documentElement.classList.toggle("elder", on);
  try {
    if (on) localStorage.setItem(ELDER_KEY, "1");
    else localStorage.removeItem(ELDER_KEY);
  } catch {
    // Storage can be blocked (private modes): the switch still works for this page.
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-elder-toggle]")) {
    button.setAttribute("aria-pressed", String(on));
    const label = on ? button.dataset["labelOff"] : button.dataset["labelOn"];
    const text = button.querySelector("[data-elder-label]");
    if (label && text) text.textContent = label;
  }
}

function initElder(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>("[data-elder-toggle]");
  for (const button of buttons) {
    button.addEventListener("click", () => {
      setElder(!document.documentElement.classList.contains("elder"));
    });
  }
  setElder(document.documentElement.classList.contains("elder"));
}

function leave(url: string): void {
  // Hide the page at once, then replace this history entry so Back does not return here.
  document.body.hidden = true;
  document.title = "";
  window.location.replace(url);
}

function initQuickExit(): void {
  const exit = document.querySelector<HTMLAnchorElement>("[data-quick-exit]");
  if (!exit) return;
  exit.addEventListener("click", (event) => {
    event.preventDefault();
    leave(exit.href);
  });
  let presses: number[] = [];
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((at) => now - at < EXIT_WINDOW_MS), now];
    if (presses.length >= EXIT_PRESSES) leave(exit.href);
  });
}

initElder();
initQuickExit();
