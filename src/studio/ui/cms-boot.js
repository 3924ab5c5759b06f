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
