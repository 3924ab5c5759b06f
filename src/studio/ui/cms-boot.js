// Decap starts itself when its bundle loads unless told not to: the studio starts it with the
// configuration made from the schemas (cms-init.js), not with a config.yml.
window.CMS_MANUAL_INIT = true;
// The studio's token is the login: Decap's proxy backend would otherwise show a login button
// that does nothing but remember this.
try {
  if (!localStorage.getItem("decap-cms-user")) {
    localStorage.setItem("decap-cms-user", JSON.stringify({ backendName: "proxy" }));
  }
} catch {
  // Storage blocked: Decap shows its login button, which logs in the same way.
}

// A refused save is also shown above the editor until the next save succeeds: Decap's own
// notice disappears after a few seconds, and the message is what staff need to fix it.
const studioFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const response = await studioFetch(input, init);
  try {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    if (
      url.pathname.endsWith("/api") &&
      body?.action === "persistEntry" &&
      window.parent !== window
    ) {
      const json = response.ok ? {} : await response.clone().json();
      // The page preview reloads after a save (cms-init.js).
      window.dispatchEvent(new CustomEvent("studio:saved", { detail: { ok: response.ok } }));
      window.parent.postMessage(
        { studio: "save", ok: response.ok, error: json.error || "" },
        location.origin,
      );
    }
  } catch {
    // Only a notice: Decap reports the failure itself as well.
  }
  return response;
};
