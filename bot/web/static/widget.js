/* CAR-T Family Guide chat widget.
 * Embed with one tag: <script src="https://HOST/widget.js" defer></script>
 * A custom element with Shadow DOM, so the host page's CSS and ours never mix.
 * No inline script, no eval: works under a strict Content-Security-Policy.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var API_BASE = script ? new URL(script.src, location.href).origin : location.origin;
  var STORAGE_KEY = "cart-family-guide-session";

  var STYLE = [
    ":host { all: initial; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }",
    ".launcher { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000;",
    "  background: #0b4f6c; color: #fff; border: 0; border-radius: 2rem; padding: .8rem 1.2rem;",
    "  font-size: 1rem; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); }",
    ".panel { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483001; width: 24rem;",
    "  max-width: calc(100vw - 2rem); height: 34rem; max-height: calc(100vh - 2rem);",
    "  background: #fff; color: #1d2433; border: 1px solid #8a93a6; border-radius: .75rem;",
    "  display: flex; flex-direction: column; box-shadow: 0 4px 18px rgba(0,0,0,.3); }",
    ".panel[hidden] { display: none; }",
    "header { display: flex; align-items: center; justify-content: space-between;",
    "  background: #0b4f6c; color: #fff; padding: .5rem .75rem; border-radius: .75rem .75rem 0 0; }",
    "h2 { font-size: 1.05rem; margin: 0; }",
    "header button { background: transparent; color: #fff; border: 1px solid #fff;",
    "  border-radius: .4rem; padding: .2rem .5rem; cursor: pointer; font-size: .9rem; }",
    ".log { flex: 1; overflow-y: auto; padding: .75rem; font-size: .95rem; line-height: 1.45; }",
    ".msg { margin: 0 0 .75rem; padding: .5rem .7rem; border-radius: .6rem; max-width: 90%;",
    "  white-space: pre-wrap; }",
    ".bot { background: #eef3f7; }",
    ".user { background: #0b4f6c; color: #fff; margin-left: auto; }",
    ".sources { font-size: .85rem; margin-top: .35rem; }",
    ".sources a { color: #0a4a8a; }",
    ".buttons { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }",
    ".buttons button { background: #fff; color: #0b4f6c; border: 1px solid #0b4f6c;",
    "  border-radius: 1rem; padding: .3rem .7rem; cursor: pointer; font-size: .9rem; }",
    "form { display: flex; gap: .4rem; padding: .6rem; border-top: 1px solid #ccd; }",
    "input { flex: 1; font-size: 1rem; padding: .45rem; border: 1px solid #6b7385; border-radius: .4rem; }",
    "form button { background: #0b4f6c; color: #fff; border: 0; border-radius: .4rem;",
    "  padding: .45rem .9rem; font-size: 1rem; cursor: pointer; }",
    ".sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }",
    ":focus-visible { outline: 3px solid #f0a202; outline-offset: 2px; }"
  ].join("\n");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  class FamilyGuide extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];

      this.launcher = el("button", { class: "launcher", type: "button" }, "Questions about CAR-T?");
      this.panel = el("section", { class: "panel", role: "dialog", "aria-labelledby": "fg-title" });
      this.panel.hidden = true;
      var header = el("header");
      header.append(el("h2", { id: "fg-title" }, "CAR-T Family Guide"));
      this.closeButton = el("button", { type: "button", "aria-label": "Close chat" }, "Close");
      header.append(this.closeButton);
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite" });
      this.form = el("form");
      var label = el("label", { for: "fg-input", class: "sr-only" }, "Type your question");
      this.input = el("input", { id: "fg-input", type: "text", maxlength: "1000", autocomplete: "off" });
      this.form.append(label, this.input, el("button", { type: "submit" }, "Send"));
      this.panel.append(header, this.log, this.form);
      root.append(this.launcher, this.panel);

      this.launcher.addEventListener("click", () => this.open());
      this.closeButton.addEventListener("click", () => this.close());
      this.panel.addEventListener("keydown", (e) => { if (e.key === "Escape") this.close(); });
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        var text = this.input.value.trim();
        if (text) this.send(text, text);
      });
    }

    open() {
      this.panel.hidden = false;
      this.launcher.hidden = true;
      this.input.focus();
      if (!this.log.childElementCount) this.send("hi", null);
    }

    close() {
      this.panel.hidden = true;
      this.launcher.hidden = false;
      this.launcher.focus();
    }

    addUser(text) {
      this.log.append(el("p", { class: "msg user" }, text));
    }

    addBot(message) {
      var box = el("div", { class: "msg bot" });
      box.append(el("p", {}, message.text));
      (message.sources || []).forEach(function (s) {
        var p = el("p", { class: "sources" }, "Source: ");
        p.append(el("a", { href: s.url, target: "_blank", rel: "noopener" }, s.title));
        box.append(p);
      });
      if (message.buttons && message.buttons.length) {
        var row = el("div", { class: "buttons" });
        message.buttons.forEach((b) => {
          var btn = el("button", { type: "button" }, b.title);
          btn.addEventListener("click", () => this.send(b.payload, b.title));
          row.append(btn);
        });
        box.append(row);
      }
      this.log.append(box);
      this.log.scrollTop = this.log.scrollHeight;
    }

    async send(payload, shownText) {
      if (shownText) this.addUser(shownText);
      this.input.value = "";
      var body = { message: payload, session_id: localStorage.getItem(STORAGE_KEY) };
      try {
        var response = await fetch(API_BASE + "/api/chat", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body)
        });
        var data = await response.json();
        if (data.session_id) localStorage.setItem(STORAGE_KEY, data.session_id);
        (data.messages || []).forEach((m) => this.addBot(m));
        if (!response.ok && !(data.messages || []).length) throw new Error(data.error);
      } catch (err) {
        this.addBot({ text: "Sorry, the Family Guide is not working right now. Please call your care team." });
        this.input.value = shownText || "";
      }
    }
  }

  if (!customElements.get("family-guide")) customElements.define("family-guide", FamilyGuide);
  document.addEventListener("DOMContentLoaded", function () {
    if (!document.querySelector("family-guide")) document.body.append(document.createElement("family-guide"));
  });
  if (document.readyState !== "loading" && !document.querySelector("family-guide")) {
    document.body.append(document.createElement("family-guide"));
  }
})();
