/* CAR-T Family Guide chat widget.
 *
 * Embed with one tag:  <script src="https://HOST/widget.js" defer></script>
 * Optional attributes on that tag:
 *   data-position="right|left"   data-title="..."   data-accent="#0b4f6c"
 *   data-open="true"             data-lang="en|es" (the first language; families can switch)
 *
 * A custom element with Shadow DOM, so the hospital's CSS and ours never mix. No inline
 * script or style attributes and no eval: it works under a strict Content-Security-Policy.
 * Every text from the server is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var cfg = (script && script.dataset) || {};
  var API = script ? new URL(script.src, location.href).origin : location.origin;
  var STORE = "cart-family-guide-session";
  var LANG_STORE = "cart-family-guide-lang";
  var ACCENT = cfg.accent && window.CSS && CSS.supports("color", cfg.accent) ? cfg.accent : "#0b4f6c";

  var STYLE = [
    ":host { all: initial; --accent: " + ACCENT + "; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;",
    "  font-size: 1rem; line-height: 1.5; color: #1d2433; }",
    "*, *::before, *::after { box-sizing: border-box; }",
    "button, input, a { font: inherit; }",
    ".launcher { position: fixed; bottom: 1rem; z-index: 2147483000; background: var(--accent); color: #fff;",
    "  border: 2px solid #fff; border-radius: 2rem; padding: .75em 1.2em; cursor: pointer;",
    "  box-shadow: 0 2px 10px rgba(0,0,0,.35); }",
    ".right { right: 1rem; } .left { left: 1rem; }",
    ".panel { position: fixed; bottom: 1rem; z-index: 2147483001; width: 25rem; max-width: calc(100vw - 2rem);",
    "  height: 36rem; max-height: calc(100vh - 2rem); background: #fff; border: 1px solid #6b7385;",
    "  border-radius: .75rem; display: flex; flex-direction: column; box-shadow: 0 6px 24px rgba(0,0,0,.3); overflow: hidden; }",
    ".panel[hidden], .launcher[hidden], [hidden] { display: none !important; }",
    "header { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; background: var(--accent); color: #fff; padding: .5rem .75rem; }",
    "h2 { font-size: 1.1em; margin: 0 auto 0 0; }",
    "header button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: .4rem;",
    "  padding: .15em .55em; cursor: pointer; font-size: .9em; }",
    ".log { flex: 1; overflow-y: auto; padding: .75rem; }",
    ".msg { margin: 0 0 .8rem; padding: .55rem .75rem; border-radius: .6rem; max-width: 92%; overflow-wrap: anywhere; }",
    ".msg p { margin: 0 0 .4rem; } .msg p:last-child { margin-bottom: 0; }",
    ".msg ul { margin: .2rem 0 .4rem 1.1rem; padding: 0; }",
    ".bot { background: #eef3f7; }",
    ".user { background: var(--accent); color: #fff; margin-left: auto; width: fit-content; }",
    ".urgent { background: #fff4f4; border: 3px solid #b00020; max-width: 100%; }",
    ".urgent-label { display: block; font-weight: 700; color: #8a0017; margin-bottom: .3rem; }",
    ".calls { display: flex; flex-direction: column; gap: .4rem; margin-top: .5rem; }",
    ".call { display: block; text-align: center; background: #b00020; color: #fff; font-weight: 700;",
    "  border-radius: .4rem; padding: .5em; text-decoration: none; }",
    ".sources { font-size: .9em; margin-top: .4rem; } .sources a { color: #0a4a8a; }",
    ".msg .heading { font-weight: 700; margin-bottom: .1rem; }",
    ".whole { margin-top: .4rem; } .whole summary { cursor: pointer; color: #0a4a8a; font-weight: 600; }",
    ".whole[open] summary { margin-bottom: .3rem; }",
    ".choices-label { font-size: .88em; color: #3d4452; margin: .5rem 0 0; }",
    ".choices { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }",
    ".choices button, .rate button { background: #fff; color: #0b3c52; border: 1px solid var(--accent);",
    "  border-radius: 1rem; padding: .25em .75em; cursor: pointer; font-size: .92em; text-align: left; }",
    ".speak { margin-top: .45rem; background: #fff; color: #0b3c52; border: 1px solid var(--accent);",
    "  border-radius: 1rem; padding: .2em .7em; cursor: pointer; font-size: .88em; }",
    ".speak[aria-pressed=true] { background: var(--accent); color: #fff; }",
    ".rate { display: flex; align-items: center; gap: .4rem; font-size: .88em; margin-top: .45rem; color: #3d4452; }",
    ".typing { padding: 0 .75rem .5rem; color: #3d4452; font-size: .9em; }",
    ".dots span { display: inline-block; width: .45em; height: .45em; margin-right: .2em; border-radius: 50%;",
    "  background: #5a6374; animation: blink 1.2s infinite; }",
    ".dots span:nth-child(2) { animation-delay: .2s; } .dots span:nth-child(3) { animation-delay: .4s; }",
    "@keyframes blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }",
    "@media (prefers-reduced-motion: reduce) { .dots span { animation: none; } }",
    ".problem { margin: 0 .75rem .5rem; padding: .5rem .75rem; border: 2px solid #8a0017; border-radius: .5rem; background: #fff4f4; }",
    ".problem button { margin-top: .4rem; background: var(--accent); color: #fff; border: 0; border-radius: .4rem; padding: .3em .8em; cursor: pointer; }",
    "form { display: flex; gap: .4rem; padding: .6rem; border-top: 1px solid #c5cad3; }",
    "input { flex: 1; min-width: 0; padding: .45em; border: 1px solid #5a6374; border-radius: .4rem; color: #1d2433; }",
    "form button { background: var(--accent); color: #fff; border: 0; border-radius: .4rem; padding: .45em .9em; cursor: pointer; }",
    ".sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }",
    ":focus-visible { outline: 3px solid #f0a202; outline-offset: 2px; }",
    "@media (max-width: 480px) { .panel { inset: 0; width: 100%; max-width: 100%; height: 100%; max-height: 100%; border-radius: 0; } }"
  ].join("\n");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }

  /* Approved answers are short Markdown: "## " headings, paragraphs and "- " lists.
     Rendered as text nodes, never as HTML. */
  function renderText(box, text) {
    text.split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split("\n");
      while (lines.length && /^#+\s/.test(lines[0])) {
        box.append(el("p", { class: "heading" }, lines.shift().replace(/^#+\s*/, "")));
      }
      if (!lines.length) return;
      block = lines.join("\n");
      if (lines.every(function (l) { return /^\s*[-*] /.test(l); })) {
        var ul = el("ul");
        lines.forEach(function (l) { ul.append(el("li", {}, l.replace(/^\s*[-*] /, "").replace(/\*\*/g, ""))); });
        box.append(ul);
      } else {
        box.append(el("p", {}, block.replace(/^#+\s*/gm, "").replace(/\*\*/g, "")));
      }
    });
  }

  /* What a screen of Markdown sounds like: the words, without "##", "**" or list dashes. */
  function plainText(text) {
    return text.replace(/^#+\s*/gm, "").replace(/\*\*/g, "").replace(/^\s*[-*] /gm, "").trim();
  }

  /* Read aloud with the browser's own speech synthesis: nothing is sent anywhere. */
  var VOICE = window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis : null;
  var SPEAK = { en: ["Read aloud", "Stop reading", "en-US"], es: ["Leer en voz alta", "Dejar de leer", "es-US"] };

  /* Every word the widget itself shows, in both languages (replies come translated from the
     server). `other` is the switch: it names the other language in that language. */
  var UI = {
    en: {
      launcher: "Questions about CAR-T? Chat with us", title: "CAR-T Family Guide", nurse: "Talk to a nurse",
      clear: "Clear conversation", reallyClear: "Really clear?", close: "Close", closeLabel: "Close chat",
      log: "Conversation", placeholder: "Type your question", inputLabel: "Your question", send: "Send",
      youSaid: "You said: ", botSays: "Family Guide: ", urgent: "\u26A0 Urgent: act now",
      whole: "Read the whole answer", source: "Source: ", newTab: " (opens in a new tab)",
      reviewed: "Reviewed ", locale: "en-US", related: "Related questions", suggested: "Suggested replies",
      helpful: "Was this helpful?", yes: ["Yes", "Yes, this was helpful"], no: ["No", "No, this was not helpful"],
      thanks: "Thank you for telling us.", typing: "The Family Guide is typing", tryAgain: "Try again",
      down: "Sorry, the Family Guide can't answer right now. For questions about your child's care, please call your care team",
      at: " at ", other: "es", otherName: "Espa\u00F1ol", otherLabel: "Cambiar a espa\u00F1ol"
    },
    es: {
      launcher: "\u00BFPreguntas sobre CAR-T? Escr\u00EDbanos", title: "Gu\u00EDa para Familias sobre CAR-T",
      nurse: "Hablar con una enfermera", clear: "Borrar conversaci\u00F3n", reallyClear: "\u00BFBorrar de verdad?",
      close: "Cerrar", closeLabel: "Cerrar el chat", log: "Conversaci\u00F3n", placeholder: "Escriba su pregunta",
      inputLabel: "Su pregunta", send: "Enviar", youSaid: "Usted dijo: ", botSays: "Gu\u00EDa para Familias: ",
      urgent: "\u26A0 Urgente: act\u00FAe ahora", whole: "Leer la respuesta completa", source: "Fuente: ",
      newTab: " (se abre en una pesta\u00F1a nueva)", reviewed: "Revisado en ", locale: "es-US",
      related: "Preguntas relacionadas", suggested: "Respuestas sugeridas", helpful: "\u00BFLe fue \u00FAtil?",
      yes: ["S\u00ED", "S\u00ED, me fue \u00FAtil"], no: ["No", "No, no me fue \u00FAtil"],
      thanks: "Gracias por dec\u00EDrnoslo.", typing: "La Gu\u00EDa est\u00E1 escribiendo", tryAgain: "Intentar de nuevo",
      down: "Perd\u00F3n, la Gu\u00EDa no puede responder en este momento. Para preguntas sobre el cuidado de su hijo o hija, llame a su equipo de atenci\u00F3n",
      at: " al ", other: "en", otherName: "English", otherLabel: "Switch to English"
    }
  };

  function firstLanguage() {
    var chosen = cfg.lang || localStorage.getItem(LANG_STORE) || navigator.language || "en";
    return String(chosen).slice(0, 2).toLowerCase() === "es" ? "es" : "en";
  }

  class FamilyGuide extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
      this.session = localStorage.getItem(STORE);
      this.language = firstLanguage();
      this.welcomeData = null;
      this.pending = null;
      var side = cfg.position === "left" ? "left" : "right";

      this.launcher = el("button", { class: "launcher " + side, type: "button", "aria-expanded": "false",
        "aria-controls": "fg-panel" });
      this.panel = el("section", { id: "fg-panel", class: "panel " + side, role: "dialog", "aria-labelledby": "fg-title" });
      this.panel.hidden = true;
      var header = el("header");
      this.heading = el("h2", { id: "fg-title" });
      this.langButton = el("button", { type: "button", class: "switch-lang" });
      this.nurseButton = el("button", { type: "button" });
      this.clearButton = el("button", { type: "button" });
      this.closeButton = el("button", { type: "button" });
      header.append(this.heading, this.langButton, this.nurseButton, this.clearButton, this.closeButton);
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite" });
      this.typing = el("div", { class: "typing", role: "status" });
      this.problem = el("div", { class: "problem", role: "alert" });
      this.problem.hidden = true;
      this.form = el("form");
      this.input = el("input", { id: "fg-input", type: "text", maxlength: "1000", autocomplete: "off" });
      this.inputLabel = el("label", { for: "fg-input", class: "sr-only" });
      this.sendButton = el("button", { type: "submit" });
      this.form.append(this.inputLabel, this.input, this.sendButton);
      this.panel.append(header, this.log, this.typing, this.problem, this.form);
      root.append(this.launcher, this.panel);
      this.showLanguage();

      this.launcher.addEventListener("click", () => this.open());
      this.closeButton.addEventListener("click", () => this.close());
      this.nurseButton.addEventListener("click", () => this.send("/request_callback", this.t().nurse));
      this.langButton.addEventListener("click", () => this.switchLanguage(this.t().other));
      this.clearButton.addEventListener("click", () => this.clear());
      this.panel.addEventListener("keydown", (e) => { if (e.key === "Escape") this.close(); });
      this.input.addEventListener("input", () => this.stopReading());
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        var text = this.input.value.trim();
        if (text) this.send(text, text);
      });
      if (cfg.open === "true") this.open();
    }

    t() { return UI[this.language]; }

    /* Puts every UI word in the current language (replies keep the language they came in). */
    showLanguage() {
      var t = this.t();
      this.panel.setAttribute("lang", this.language);
      this.launcher.setAttribute("lang", this.language);
      this.launcher.textContent = t.launcher;
      this.heading.textContent = cfg.title || t.title;
      this.langButton.textContent = t.otherName;
      this.langButton.setAttribute("lang", t.other);
      this.langButton.setAttribute("aria-label", t.otherLabel);
      this.nurseButton.textContent = t.nurse;
      this.clearButton.textContent = this.clearButton.dataset.confirm === "yes" ? t.reallyClear : t.clear;
      this.closeButton.textContent = t.close;
      this.closeButton.setAttribute("aria-label", t.closeLabel);
      this.log.setAttribute("aria-label", t.log);
      this.input.setAttribute("placeholder", t.placeholder);
      this.inputLabel.textContent = t.inputLabel;
      this.sendButton.textContent = t.send;
    }

    /* The family's choice: the conversation goes on in `lang`. Before any question, the
       welcome is shown again in that language; later, the greeting says the bot now speaks it. */
    async switchLanguage(lang) {
      this.setLanguage(lang);
      var started = this.log.querySelector(".msg.user");
      if (!started) this.log.replaceChildren();
      await this.welcome(started ? 1 : 0);
      this.langButton.focus();
    }

    setLanguage(lang) {
      if (!UI[lang] || lang === this.language) return;
      this.language = lang;
      localStorage.setItem(LANG_STORE, lang);
      this.showLanguage();
    }

    async open() {
      this.panel.hidden = false;
      this.launcher.hidden = true;
      this.launcher.setAttribute("aria-expanded", "true");
      this.input.focus();
      if (!this.loaded) {
        this.loaded = true;
        await this.restore();
      }
    }

    close() {
      this.stopReading();
      this.panel.hidden = true;
      this.launcher.hidden = false;
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }

    async api(path, options) {
      var response = await fetch(API + path, Object.assign({ headers: { "Content-Type": "application/json" } }, options));
      var data = response.status === 204 ? {} : await response.json().catch(function () { return {}; });
      return { ok: response.ok, status: response.status, data: data };
    }

    /* The disclaimer and greeting in the current language (from message `from` on). */
    async welcome(from) {
      try {
        var result = await this.api("/api/welcome?lang=" + this.language);
        if (result.ok) this.welcomeData = result.data;
      } catch (err) { /* shown as a problem when the family sends a message */ }
      ((this.welcomeData && this.welcomeData.messages) || []).slice(from || 0).forEach((m) => this.addBot(m, false));
    }

    async restore() {
      if (this.session) {
        try {
          var result = await this.api("/api/chat/" + encodeURIComponent(this.session));
          if (result.ok && result.data.messages.length) {
            this.setLanguage(result.data.lang);
            this.api("/api/welcome?lang=" + this.language).then((r) => { if (r.ok) this.welcomeData = r.data; }).catch(function () {});
            result.data.messages.forEach((m) => m.role === "user" ? this.addUser(m.text) : this.addBot(m, false));
            return;
          }
        } catch (err) { /* fall through to a fresh start */ }
        this.forgetLocally();
      }
      await this.welcome();
    }

    forgetLocally() {
      this.session = null;
      localStorage.removeItem(STORE);
    }

    async clear() {
      if (this.clearButton.dataset.confirm !== "yes") {
        this.clearButton.dataset.confirm = "yes";
        this.clearButton.textContent = this.t().reallyClear;
        setTimeout(() => { this.clearButton.dataset.confirm = ""; this.clearButton.textContent = this.t().clear; }, 5000);
        return;
      }
      this.clearButton.dataset.confirm = "";
      this.clearButton.textContent = this.t().clear;
      if (this.session) {
        try { await this.api("/api/chat/" + encodeURIComponent(this.session), { method: "DELETE" }); } catch (err) { /* local copy goes anyway */ }
      }
      this.forgetLocally();
      this.stopReading();
      this.log.replaceChildren();
      this.problem.hidden = true;
      await this.welcome();
      this.input.focus();
    }

    addUser(text) {
      var p = el("p", { class: "msg user" });
      p.append(el("span", { class: "sr-only" }, this.t().youSaid), document.createTextNode(text));
      this.log.append(p);
      this.scroll();
    }

    addBot(m, rateable) {
      var t = this.t();
      var box = el("div", { class: "msg bot" + (m.urgent ? " urgent" : ""), lang: m.lang || "en" });
      var urgentLabel = UI[m.lang === "es" ? "es" : "en"].urgent;
      box.append(el("span", { class: m.urgent ? "urgent-label" : "sr-only", lang: this.language },
        m.urgent ? urgentLabel : t.botSays));
      renderText(box, m.text || "");
      if (m.full_text) {
        /* The answer shows the part that answers; the whole approved item is one tap away. */
        var whole = el("details", { class: "whole" });
        whole.append(el("summary", { lang: this.language }, t.whole));
        renderText(whole, m.full_text);
        box.append(whole);
      }
      if (VOICE && m.text) box.append(this.speaker(plainText(m.text), m.lang === "es" ? "es" : "en"));
      if (m.calls && m.calls.length) {
        var calls = el("div", { class: "calls" });
        m.calls.forEach(function (c) { calls.append(el("a", { class: "call", href: "tel:" + c.tel.replace(/[^\d+]/g, "") }, c.title)); });
        box.append(calls);
      }
      (m.sources || []).forEach(function (s) {
        var p = el("p", { class: "sources", lang: this.language }, t.source);
        var a = el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", lang: m.lang || "en" }, s.title);
        a.append(el("span", { class: "sr-only", lang: this.language }, t.newTab));
        p.append(a);
        box.append(p);
      }, this);
      if (m.reviewed_on) {
        var day = new Date(m.reviewed_on + "T00:00:00");
        box.append(el("p", { class: "sources", lang: this.language }, t.reviewed +
          day.toLocaleDateString(t.locale, { year: "numeric", month: "short" })));
      }
      if (m.buttons && m.buttons.length) {
        var related = Boolean(m.sources && m.sources.length);
        if (related) box.append(el("p", { class: "choices-label", "aria-hidden": "true", lang: this.language }, t.related));
        var row = el("div", { class: "choices", role: "group", "aria-label": related ? t.related : t.suggested });
        m.buttons.forEach((b) => {
          var btn = el("button", { type: "button" }, b.title);
          btn.addEventListener("click", () => this.send(b.payload, b.title));
          row.append(btn);
        });
        box.append(row);
      }
      if (rateable && m.sources && m.sources.length) box.append(this.rating(m.id));
      this.log.append(box);
      this.scroll();
    }

    speaker(text, lang) {
      var words = SPEAK[lang];
      var btn = el("button", { type: "button", class: "speak", "aria-pressed": "false", "data-lang": lang }, words[0]);
      btn.addEventListener("click", () => {
        var wasOn = btn.getAttribute("aria-pressed") === "true";
        this.stopReading();
        if (wasOn) return;
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = words[2];
        utterance.onend = utterance.onerror = () => { if (this.reading === utterance) this.stopReading(btn); };
        this.reading = utterance;
        btn.setAttribute("aria-pressed", "true");
        btn.textContent = words[1];
        VOICE.speak(utterance);
      });
      return btn;
    }

    /* Stops the reading (all of it, or only if `only` is the button that is reading). */
    stopReading(only) {
      this.log.querySelectorAll(".speak[aria-pressed=true]").forEach(function (b) {
        if (only && b !== only) return;
        b.setAttribute("aria-pressed", "false");
        b.textContent = SPEAK[b.dataset.lang][0];
      });
      if (VOICE && !only) VOICE.cancel();
    }

    rating(messageId) {
      var t = this.t();
      var row = el("div", { class: "rate", lang: this.language });
      row.append(el("span", {}, t.helpful));
      [[t.yes, true], [t.no, false]].forEach((r) => {
        var btn = el("button", { type: "button", "aria-label": r[0][1] }, r[0][0]);
        btn.addEventListener("click", async () => {
          row.replaceChildren(el("span", { role: "status" }, this.t().thanks));
          try {
            await this.api("/api/feedback", { method: "POST", body: JSON.stringify({ message_id: messageId, helpful: r[1] }) });
          } catch (err) { /* feedback is optional */ }
        });
        row.append(btn);
      });
      return row;
    }

    scroll() { this.log.scrollTop = this.log.scrollHeight; }

    setTyping(on) {
      this.typing.replaceChildren();
      if (on) {
        var dots = el("span", { class: "dots", "aria-hidden": "true" });
        dots.append(el("span"), el("span"), el("span"));
        this.typing.append(dots, el("span", { class: "sr-only" }, this.t().typing));
      }
    }

    showProblem(messages, payload, shown) {
      var phone = this.welcomeData && this.welcomeData.care_team_phone;
      this.problem.replaceChildren();
      var t = this.t();
      var text = messages && messages.length ? messages[0].text : t.down + (phone ? t.at + phone : "") + ".";
      this.problem.append(el("p", {}, text));
      var retry = el("button", { type: "button" }, t.tryAgain);
      retry.addEventListener("click", () => { this.problem.hidden = true; this.send(payload, shown, true); });
      this.problem.append(retry);
      this.problem.hidden = false;
    }

    async send(payload, shown, isRetry) {
      if (this.pending) return;
      this.pending = payload;
      this.problem.hidden = true;
      var typed = this.input.value;
      if (shown && !isRetry) this.addUser(shown);
      this.input.value = "";
      this.setTyping(true);
      /* A button's words are ours: its label tells the server not to read a language in them. */
      var body = { message: payload, session_id: this.session, lang: this.language };
      if (shown && shown !== typed.trim()) body.label = shown;
      try {
        var result = await this.api("/api/chat", { method: "POST", body: JSON.stringify(body) });
        if (result.data.session_id) {
          this.session = result.data.session_id;
          localStorage.setItem(STORE, this.session);
        }
        if (!result.ok) {
          if (result.status === 422) { this.showProblem([{ text: result.data.error }], payload, shown); }
          else { this.showProblem(result.data.messages, payload, shown); }
          if (payload === typed.trim()) this.input.value = typed;
        } else {
          if (this.input.value.trim() === payload) this.input.value = "";
          this.setLanguage(result.data.lang);
          var disclaimer = this.welcomeData && this.welcomeData.messages && this.welcomeData.messages[0].text;
          result.data.messages.forEach((m) => { if (m.text !== disclaimer || this.log.childElementCount === 0) this.addBot(m, true); });
        }
      } catch (err) {
        this.showProblem(null, payload, shown);
        if (payload === typed.trim()) this.input.value = typed;
      } finally {
        this.pending = null;
        this.setTyping(false);
      }
    }
  }

  if (!customElements.get("family-guide")) customElements.define("family-guide", FamilyGuide);
  function mount() {
    if (!document.querySelector("family-guide")) document.body.append(document.createElement("family-guide"));
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
