/* Staff pages: every behaviour of the server-rendered shells in bot/web/templates/staff.
 * Strict CSP: no inline script or style, no eval. Server text goes in with textContent only. */
(function () {
  "use strict";

  var CSRF_COOKIE = "cartfg_csrf";
  var SVG = "http://www.w3.org/2000/svg";

  // ---- small helpers ----------------------------------------------------------------------
  function $(selector, root) { return (root || document).querySelector(selector); }

  /** Make an element; `props` sets properties (text -> textContent), children are nodes or text. */
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null) return;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else if (key.indexOf("aria-") === 0 || key.indexOf("data-") === 0 || key === "scope" || key === "role") node.setAttribute(key, value);
      else node[key] = value;
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function setText(selector, text, className) {
    var node = $(selector);
    if (!node) return;
    node.textContent = text || "";
    if (className !== undefined) node.className = className;
  }

  function showError(message, selector) { setText(selector || "#page-error", message || ""); }

  /** Only http(s) links from the server become hrefs (never javascript: or data:). */
  function safeUrl(url) { return /^https?:\/\//i.test(String(url || "")) ? String(url) : null; }

  function link(url, text) {
    var href = safeUrl(url);
    return href ? el("a", { href: href, text: text || href, rel: "noopener noreferrer" }) : el("span", { text: text || String(url) });
  }

  function hiddenText(text) { return el("span", { className: "visually-hidden", text: text }); }

  function csrfToken() {
    var parts = document.cookie ? document.cookie.split(";") : [];
    for (var i = 0; i < parts.length; i++) {
      var pair = parts[i].trim();
      var eq = pair.indexOf("=");
      if (eq > 0 && pair.slice(0, eq) === CSRF_COOKIE) return decodeURIComponent(pair.slice(eq + 1));
    }
    return "";
  }

  function formatDate(value) {
    if (!value) return "";
    // The database stores UTC; a time without a zone is UTC.
    var text = String(value).replace(" ", "T");
    if (/T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) text += "Z";
    var date = new Date(text);
    return isNaN(date.getTime()) ? String(value) : date.toLocaleString();
  }

  /** fetch + JSON. Always resolves to {ok, status, data}; data.error holds a readable message. */
  function api(method, url, body) {
    var headers = { Accept: "application/json" };
    var options = { method: method, credentials: "same-origin", headers: headers };
    if (method !== "GET") headers["X-CSRF-Token"] = csrfToken();
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (!response.ok) {
          data = data && typeof data === "object" && !Array.isArray(data) ? data : {};
          if (!data.error) data.error = "The server said " + response.status + " " + response.statusText + ".";
          if (response.status === 401 && document.body.dataset.page !== "login") {
            window.location.assign("/staff/login");
          }
        }
        return { ok: response.ok, status: response.status, data: data };
      });
    }, function () {
      return { ok: false, status: 0, data: { error: "Could not reach the server. Check your connection and try again." } };
    });
  }

  function busy(button, on) { if (button) button.disabled = on; }

  // ---- every signed-in page -----------------------------------------------------------------
  function signOutButton() {
    var button = $('[data-action="sign-out"]');
    if (!button) return;
    button.addEventListener("click", function () {
      busy(button, true);
      api("POST", "/api/auth/logout").then(function (r) {
        if (r.ok || r.status === 401) window.location.assign("/staff/login");
        else { busy(button, false); showError(r.data.error); }
      });
    });
  }

  // ---- sign-in ------------------------------------------------------------------------------
  function loginPage() {
    var form = $("#login-form");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var username = form.elements.username.value.trim();
      var password = form.elements.password.value;
      if (!username || !password) {
        showError("Enter your username and your password.", "#login-error");
        return;
      }
      var button = form.querySelector('button[type="submit"]');
      busy(button, true);
      showError("", "#login-error");
      api("POST", "/api/auth/login", { username: username, password: password }).then(function (r) {
        busy(button, false);
        if (r.ok) { window.location.assign("/staff"); return; }
        showError(r.data.error, "#login-error");
        form.elements.password.value = "";
        form.elements.password.focus();
      });
    });
    form.elements.username.focus();
  }

  // ---- preview ------------------------------------------------------------------------------
  function messageItem(message) {
    var item = el("li", { className: message.urgent ? "urgent" : "" });
    if (message.urgent) item.appendChild(el("p", null, el("span", { className: "badge urgent", text: "Urgent" })));
    item.appendChild(el("p", { className: "text", text: message.text || "" }));
    if (message.calls && message.calls.length) {
      var calls = el("ul");
      message.calls.forEach(function (call) {
        var tel = String(call.tel || "").replace(/[^0-9+*#]/g, "");
        calls.appendChild(el("li", null, el("a", { href: "tel:" + tel, text: call.title + " (" + call.tel + ")" })));
      });
      item.appendChild(el("div", { className: "buttons" }, "Call links:", calls));
    }
    if (message.buttons && message.buttons.length) {
      var buttons = el("ul");
      message.buttons.forEach(function (b) { buttons.appendChild(el("li", { text: b.title })); });
      item.appendChild(el("div", { className: "buttons" }, "Buttons offered:", buttons));
    }
    if (message.sources && message.sources.length) {
      var sources = el("ul");
      message.sources.forEach(function (s) { sources.appendChild(el("li", null, link(s.url, s.title))); });
      item.appendChild(el("div", { className: "sources" }, "Sources:", sources));
    }
    return item;
  }

  function fact(list, term, value) {
    list.appendChild(el("dt", { text: term }));
    list.appendChild(typeof value === "string" ? el("dd", { text: value }) : el("dd", null, value));
  }

  function listOrNone(values) {
    if (!values || !values.length) return "nothing";
    var ul = el("ul");
    values.forEach(function (v) { ul.appendChild(el("li", { text: typeof v === "string" ? v : JSON.stringify(v) })); });
    return ul;
  }

  function number(value, digits) {
    return typeof value === "number" ? value.toFixed(digits === undefined ? 3 : digits) : "–";
  }

  function renderPreview(result) {
    var explain = result.explain || {};
    var messages = clear($("#preview-messages"));
    (result.messages || []).forEach(function (m) { messages.appendChild(messageItem(m)); });
    if (!messages.children.length) messages.appendChild(el("li", { text: "No messages (is the Rasa server running?)" }));

    var facts = clear($("#preview-facts"));
    var decision = String(explain.decision || "unknown");
    fact(facts, "Decision", el("span", { className: "badge decision-" + decision.replace(/\s+/g, "-"), text: decision }));
    var intent = explain.intent || {};
    fact(facts, "Intent", intent.name ? intent.name + " (" + number(intent.confidence, 2) + ")" : "none (Rasa unavailable)");
    fact(facts, "Confident", explain.confident ? "yes" : "no");
    fact(facts, "Best score / threshold", number((explain.passages && explain.passages[0] || {}).score) + " / " + number(explain.threshold, 2));
    fact(facts, "In scope / scope threshold", number(explain.in_scope) + " / " + number(explain.scope_threshold, 2));
    fact(facts, "Language of the reply", explain.language === "es" ? "Spanish" : "English");
    fact(facts, "Drafts included", explain.include_drafts ? "yes" : "no");
    fact(facts, "Message as stored (redacted)", explain.redacted_message || "");

    var intents = clear($("#intent-table tbody"));
    (explain.intent_ranking || []).forEach(function (r) {
      intents.appendChild(el("tr", null, el("td", { text: r.name }), el("td", { text: number(r.confidence) })));
    });
    if (!intents.children.length) intents.appendChild(el("tr", null, el("td", { colSpan: 2, text: "No intent ranking." })));

    var safety = explain.safety || {};
    var safetyFacts = clear($("#safety-facts"));
    fact(safetyFacts, "Urgent", safety.urgent ? "yes" : "no");
    fact(safetyFacts, "Fired", listOrNone(safety.fired));
    fact(safetyFacts, "Ruled out", listOrNone(safety.ruled_out));

    var rows = clear($("#passages-table tbody"));
    (explain.passages || []).forEach(function (p, i) {
      rows.appendChild(el("tr", { className: i === 0 ? "best" : "" },
        el("td", null, el("code", { text: p.content_id })),
        el("td", { text: p.title }),
        el("td", { text: (p.shown || []).join(" + ") }),
        el("td", { className: "num", text: number(p.score) }),
        el("td", { className: "num", text: number(p.bm25) }),
        el("td", { className: "num", text: number(p.dense) })));
    });
    if (!rows.children.length) rows.appendChild(el("tr", null, el("td", { colSpan: 6, text: "No passages." })));
    $("#preview-result").hidden = false;
  }

  function previewPage() {
    var form = $("#preview-form");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var message = form.elements.message.value.trim();
      if (!message) { showError("Type a message to preview."); form.elements.message.focus(); return; }
      var button = form.querySelector('button[type="submit"]');
      busy(button, true);
      showError("");
      setText("#preview-status", "Asking the assistant…", "status");
      var body = { message: message, lang: form.elements.lang.value, include_drafts: form.elements.include_drafts.checked };
      api("POST", "/api/preview", body).then(function (r) {
        busy(button, false);
        if (!r.ok) { setText("#preview-status", ""); showError(r.data.error); return; }
        renderPreview(r.data);
        setText("#preview-status", "Preview ready: decision " + (r.data.explain || {}).decision + ".", "status ok");
      });
    });
  }

  // ---- content list -------------------------------------------------------------------------
  function statusBadge(status) {
    return el("span", { className: "badge status-" + status, text: String(status || "").replace("_", " ") });
  }

  function contentPage() {
    var filter = $("#status-filter");
    var params = new URLSearchParams(window.location.search);
    filter.value = params.get("status") || "";
    function load() {
      var status = filter.value;
      setText("#list-status", "Loading…", "status");
      showError("");
      var url = "/api/content" + (status ? "?status=" + encodeURIComponent(status) : "");
      api("GET", url).then(function (r) {
        var body = clear($("#content-table tbody"));
        if (!r.ok) { setText("#list-status", ""); showError(r.data.error); return; }
        r.data.forEach(function (item) {
          body.appendChild(el("tr", null,
            el("td", { className: "id" }, el("a", { href: "/staff/content/" + encodeURIComponent(item.id), text: item.id })),
            el("td", { text: item.title || "" }),
            el("td", null, statusBadge(item.status)),
            el("td", { className: "num", text: item.version }),
            el("td", { className: "num", text: item.published_version || "–" }),
            el("td", { text: item.author || "" })));
        });
        setText("#list-status", r.data.length + (r.data.length === 1 ? " item" : " items") + (status ? " (" + status.replace("_", " ") + ")" : "") + ".", "status");
      });
    }
    filter.addEventListener("change", function () {
      var url = new URL(window.location.href);
      if (filter.value) url.searchParams.set("status", filter.value); else url.searchParams.delete("status");
      window.history.replaceState(null, "", url.toString());
      load();
    });
    load();
  }

  // ---- editor -------------------------------------------------------------------------------
  var FIELDS = ["title", "topic", "audience", "questions", "sources", "body"];

  function lines(text) {
    return String(text || "").split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
  }

  function parseSources(text) {
    var sources = [];
    var problems = [];
    lines(text).forEach(function (line, i) {
      var bar = line.lastIndexOf("|");
      var title = bar >= 0 ? line.slice(0, bar).trim() : "";
      var url = bar >= 0 ? line.slice(bar + 1).trim() : line;
      if (!title || !/^https?:\/\/\S+$/i.test(url)) problems.push("Sources, line " + (i + 1) + ": write it as Title | https://address");
      else sources.push({ title: title, url: url });
    });
    return { sources: sources, problems: problems };
  }

  function sourcesText(sources) {
    return (sources || []).map(function (s) { return s.title + " | " + s.url; }).join("\n");
  }

  function itemAsText(item) {
    return [
      "Title: " + (item.title || ""),
      "Topic: " + (item.topic || ""),
      "Audience: " + (item.audience || ""),
      "Questions:\n" + (item.questions || []).map(function (q) { return "  - " + q; }).join("\n"),
      "Sources:\n" + (item.sources || []).map(function (s) { return "  - " + s.title + " | " + s.url; }).join("\n"),
      "",
      item.body || ""
    ].join("\n");
  }

  function editorPage() {
    var form = $("#editor-form");
    var canPublish = document.body.dataset.canPublish === "true";
    var state = { id: document.body.dataset.itemId || null, version: null, status: null, live: null, dirty: false,
      translates: null, englishVersion: null };
    var readSeq = 0;
    var readTimer = null;

    function fill(item) {
      form.elements.title.value = item.title || "";
      form.elements.topic.value = item.topic || "";
      form.elements.audience.value = item.audience || "parent";
      form.elements.questions.value = (item.questions || []).join("\n");
      form.elements.sources.value = sourcesText(item.sources);
      form.elements.checked_against.value = item.checked_against || "";
      form.elements.review_due.value = item.review_due || "";
      form.elements.change_note.value = item.change_note || "";
      form.elements.body.value = item.body || "";
      form.elements.lang.value = item.lang || "en";
      form.elements.translation_of.value = item.translation_of || "";
      state.translates = item.translation_of_version || null;
      form.elements.translation_current.checked = false;
      fitRows(form.elements.questions, 4);
      fitRows(form.elements.sources, 3);
      state.dirty = false;
      measure();
    }

    function fitRows(textarea, least) {
      var needed = textarea.value.split("\n").reduce(function (sum, line) {
        return sum + Math.max(1, Math.ceil(line.length / 75));
      }, 1);
      textarea.rows = Math.min(12, Math.max(least, needed));
    }

    function showState(item) {
      state.version = item.version;
      state.status = item.status;
      state.live = item.published_version;
      var node = clear($("#item-status"));
      node.appendChild(document.createTextNode("Status: "));
      node.appendChild(statusBadge(item.status));
      node.appendChild(document.createTextNode(" · version " + item.version +
        (item.published_version ? " · live version " + item.published_version : " · not live") +
        (item.author ? " · last saved by " + item.author : "")));
      var submit = $('[data-action="submit"]');
      if (submit) submit.hidden = item.status !== "draft";
      var publish = $('[data-action="publish"]');
      if (publish) publish.hidden = !canPublish || (item.status !== "draft" && item.status !== "in_review");
      var retire = $('[data-action="retire"]');
      if (retire) retire.hidden = !canPublish || item.status === "retired";
    }

    function readForm() {
      var parsed = parseSources(form.elements.sources.value);
      var item = {
        title: form.elements.title.value.trim(),
        topic: form.elements.topic.value.trim(),
        audience: form.elements.audience.value,
        questions: lines(form.elements.questions.value),
        sources: parsed.sources,
        checked_against: form.elements.checked_against.value.trim() || null,
        review_due: form.elements.review_due.value || null,
        change_note: form.elements.change_note.value.trim() || null,
        lang: form.elements.lang.value,
        translation_of: form.elements.translation_of.value.trim() || null,
        translation_of_version: null,
        body: form.elements.body.value
      };
      if (item.translation_of) {
        // Which English version this text translates: kept, unless the editor says it now
        // follows the current one (then the review queue stops calling it out of date).
        var current = form.elements.translation_current.checked && state.englishVersion;
        item.translation_of_version = current || state.translates || state.englishVersion || 1;
      }
      if (!state.id) item.id = form.elements.id.value.trim();
      return { item: item, problems: parsed.problems };
    }

    function saved(message) {
      showError("");
      setText("#save-status", message, "status ok");
    }

    function failed(r) {
      setText("#save-status", "");
      showError(r.data.error);
      if (r.status === 409 && r.data.current) showConflict(r.data.current, r.data.yours);
    }

    function showConflict(current, yours) {
      $("#conflict-current").textContent = itemAsText(current);
      $("#conflict-yours").textContent = itemAsText(yours || readForm().item);
      $("#conflict").hidden = false;
      // The next save is based on the version now current: the editor has seen it.
      showState(current);
      state.dirty = true;
      loadVersions();
    }

    function load() {
      return api("GET", "/api/content/" + encodeURIComponent(state.id)).then(function (r) {
        if (!r.ok) {
          setText("#item-status", "");
          showError(r.data.error);
          if (r.status === 404) {
            $(".editor-grid").hidden = true;
            if ($("#versions")) $("#versions").hidden = true;
          }
          return;
        }
        fill(r.data);
        showState(r.data);
        loadVersions();
        loadOtherVersion(r.data);
      });
    }

    // The same item in the other language, beside this one: its text and reading grade.
    function loadOtherVersion(item) {
      var otherId = item.translation_of || (item.lang === "es" ? null : state.id + "-es");
      if (!otherId) return;
      api("GET", "/api/content/" + encodeURIComponent(otherId)).then(function (r) {
        if (!r.ok) return;
        var other = r.data;
        var link = $("#other-link");
        link.textContent = (other.lang === "es" ? "Spanish: " : "English: ") + other.title;
        link.href = "/staff/content/" + encodeURIComponent(other.id);
        link.setAttribute("lang", other.lang || "en");
        $("#other-body").textContent = other.body || "";
        $("#other-body").setAttribute("lang", other.lang || "en");
        $("#other-version").hidden = false;
        api("POST", "/api/readability", { body: other.body || "", lang: other.lang || "en" }).then(function (g) {
          if (g.ok) $("#other-grade").textContent = g.data.grade.toFixed(1);
        });
        if (item.translation_of) showTranslationState(other);
      });
    }

    function showTranslationState(english) {
      state.englishVersion = english.published_version || english.version;
      var behind = state.translates && state.translates < state.englishVersion;
      setText("#translation-status", "Translates English version " + (state.translates || "?") +
        "; the English item is at version " + state.englishVersion +
        (behind ? ": translation out of date." : "."), behind ? "status warn" : "status");
      $("#translation-update").hidden = !behind;
      $("#f-translation-current-label").textContent =
        "This text now translates English version " + state.englishVersion;
    }

    function save() {
      var read = readForm();
      if (read.problems.length) { showError(read.problems.join("\n")); return; }
      var button = form.querySelector('[data-action="save"]');
      busy(button, true);
      setText("#save-status", "Saving…", "status");
      var request = state.id
        ? api("PUT", "/api/content/" + encodeURIComponent(state.id), Object.assign({}, read.item, { version: state.version }))
        : api("POST", "/api/content", read.item);
      request.then(function (r) {
        busy(button, false);
        if (!r.ok) { failed(r); return; }
        if (!state.id) {
          window.location.assign("/staff/content/" + encodeURIComponent(r.data.id) + "?saved=" + r.data.version);
          return;
        }
        $("#conflict").hidden = true;
        state.dirty = false;
        saved("Saved as version " + r.data.version + " (a draft).");
        load();
      });
    }

    function step(action, done) {
      if (state.dirty) { showError("You have unsaved changes: save them first."); return; }
      if (action === "retire" && !window.confirm("Retire this item? Families will stop getting it.")) return;
      var button = form.querySelector('[data-action="' + action + '"]');
      busy(button, true);
      setText("#save-status", "Working…", "status");
      api("POST", "/api/content/" + encodeURIComponent(state.id) + "/" + action).then(function (r) {
        busy(button, false);
        if (!r.ok) { failed(r); return; }
        showState(r.data);
        saved(done);
        loadVersions();
      });
    }

    // Live reading grade, at most one request per pause in typing.
    function measure() {
      window.clearTimeout(readTimer);
      readTimer = window.setTimeout(function () {
        var seq = ++readSeq;
        var body = form.elements.body.value;
        if (!body.trim()) { showReading({ grade: null, long_sentences: [], hard_words: [] }); return; }
        api("POST", "/api/readability", { body: body, lang: form.elements.lang.value }).then(function (r) {
          if (seq !== readSeq) return;
          if (r.ok) showReading(r.data);
          else setText("#reading-verdict", "Could not measure: " + r.data.error);
        });
      }, 400);
    }

    function showReading(result) {
      var grade = $("#reading .grade");
      var has = typeof result.grade === "number";
      $("#reading-grade").textContent = has ? result.grade.toFixed(1) : "–";
      grade.className = "grade" + (has ? (result.ok ? " ok" : " too-hard") : "");
      $("#reading-verdict").textContent = !has ? "Type in the body to measure it."
        : result.ok ? "Reading grade: at or below " + result.max_grade + ", good."
          : "Reading grade: above " + result.max_grade + ". Publishing will be refused until it is simpler.";
      fillList($("#reading-long"), result.long_sentences);
      fillList($("#reading-hard"), result.hard_words);
    }

    function fillList(list, values) {
      clear(list);
      (values || []).forEach(function (v) { list.appendChild(el("li", { text: v })); });
      if (!list.children.length) list.appendChild(el("li", { className: "muted", text: "None" }));
    }

    // Versions, diff and rollback.
    function loadVersions() {
      if (!state.id || !$("#versions-table")) return;
      api("GET", "/api/content/" + encodeURIComponent(state.id) + "/versions").then(function (r) {
        if (!r.ok) { showError(r.data.error); return; }
        var body = clear($("#versions-table tbody"));
        var from = clear($("#diff-from"));
        var to = clear($("#diff-to"));
        var latest = r.data.length ? r.data[r.data.length - 1].version : null;
        r.data.forEach(function (v) {
          var action = v.version === latest ? el("span", { className: "muted", text: "latest" })
            : el("button", { type: "button", "data-version": v.version }, "Roll back", hiddenText(" to version " + v.version));
          if (v.version !== latest) action.addEventListener("click", function () { rollback(v.version); });
          body.appendChild(el("tr", null,
            el("td", { className: "num", text: v.version }),
            el("td", { text: v.title || "" }),
            el("td", { text: v.author || "" }),
            el("td", { text: formatDate(v.created_at) }),
            el("td", { text: v.reviewed_by || "–" }),
            el("td", null, action)));
          from.appendChild(el("option", { value: v.version, text: "v" + v.version }));
          to.appendChild(el("option", { value: v.version, text: "v" + v.version }));
        });
        if (r.data.length > 1) from.value = String(r.data[r.data.length - 2].version);
        if (latest !== null) to.value = String(latest);
        $("#diff").hidden = true;
        setText("#diff-status", "");
      });
    }

    function showDiff(event) {
      event.preventDefault();
      var a = $("#diff-from").value;
      var b = $("#diff-to").value;
      var url = "/api/content/" + encodeURIComponent(state.id) + "/diff?from=" + encodeURIComponent(a) + "&to=" + encodeURIComponent(b);
      api("GET", url).then(function (r) {
        var pre = $("#diff");
        if (!r.ok) { showError(r.data.error); pre.hidden = true; return; }
        clear(pre);
        var text = r.data.diff || "";
        text.split("\n").forEach(function (line) {
          var kind = /^(\+\+\+|---)/.test(line) ? "hunk" : line[0] === "+" ? "add" : line[0] === "-" ? "del" : line.indexOf("@@") === 0 ? "hunk" : "";
          pre.appendChild(kind ? el("span", { className: kind, text: line }) : document.createTextNode(line + "\n"));
        });
        pre.hidden = !text;
        setText("#diff-status", text ? "Changes from version " + a + " to version " + b + ":" : "Versions " + a + " and " + b + " are the same.", "status");
      });
    }

    function rollback(version) {
      if (state.dirty && !window.confirm("Your unsaved changes will be replaced. Roll back anyway?")) return;
      api("POST", "/api/content/" + encodeURIComponent(state.id) + "/rollback", { to_version: version }).then(function (r) {
        if (!r.ok) { failed(r); return; }
        saved("Rolled back: version " + version + " is copied forward as version " + r.data.version + " (a draft).");
        load();
      });
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); save(); });
    form.addEventListener("input", function (event) {
      state.dirty = true;
      if (event.target === form.elements.body || event.target === form.elements.lang) measure();
    });
    [["submit", "Submitted for review."], ["publish", "Published: families get it on their next question."],
      ["retire", "Retired: families no longer get it."]].forEach(function (pair) {
      var button = form.querySelector('[data-action="' + pair[0] + '"]');
      if (button) button.addEventListener("click", function () { step(pair[0], pair[1]); });
    });
    var diffForm = $("#diff-form");
    if (diffForm) diffForm.addEventListener("submit", showDiff);

    var params = new URLSearchParams(window.location.search);
    if (state.id) {
      load().then(function () {
        if (params.get("saved")) saved("Saved as version " + params.get("saved") + " (a draft).");
      });
    } else if (params.get("q")) {
      form.elements.title.value = params.get("q");
      form.elements.questions.value = params.get("q");
      state.dirty = true;
    }
  }

  // ---- call-backs ---------------------------------------------------------------------------
  function callbacksPage() {
    function load() {
      api("GET", "/api/callbacks").then(function (r) {
        var body = clear($("#callbacks-table tbody"));
        if (!r.ok) { setText("#callbacks-status", ""); showError(r.data.error); return; }
        r.data.forEach(function (request) {
          var done = el("button", { type: "button" }, "Mark done", hiddenText(" for " + request.name));
          var row = el("tr", null,
            el("td", { text: formatDate(request.created_at) }),
            el("td", { text: request.name }),
            el("td", null, el("a", { href: "tel:" + String(request.phone).replace(/[^0-9+]/g, ""), text: request.phone })),
            el("td", { text: request.time }),
            el("td", null, done));
          done.addEventListener("click", function () {
            busy(done, true);
            api("POST", "/api/callbacks/" + encodeURIComponent(request.id) + "/done").then(function (d) {
              if (!d.ok) { busy(done, false); showError(d.data.error); return; }
              row.parentNode.removeChild(row);
              showError("");
              setText("#callbacks-status", "Marked done: " + request.name + ". " + count(body), "status ok");
            });
          });
          body.appendChild(row);
        });
        setText("#callbacks-status", count(body), "status");
      });
    }
    function count(body) {
      var n = body.children.length;
      return n ? n + (n === 1 ? " request waits." : " requests wait.") : "No one is waiting for a call.";
    }
    load();
  }

  // ---- insights -----------------------------------------------------------------------------
  function thumbsChart(items) {
    var top = items.slice(0, 15);
    var most = Math.max.apply(null, top.map(function (i) { return i.up + i.down; }).concat([1]));
    var labelW = 280, barW = 360, rowH = 28, width = labelW + barW + 150, height = top.length * rowH + 36;
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-labelledby": "thumbs-title thumbs-desc" });
    chart.appendChild(svg("title", { id: "thumbs-title" }, "Thumbs up and down per item"));
    chart.appendChild(svg("desc", { id: "thumbs-desc" }, top.map(function (i) {
      return i.content_id + ": " + i.up + " up, " + i.down + " down";
    }).join("; ")));
    top.forEach(function (item, n) {
      var y = n * rowH + 4;
      var up = Math.round(barW * item.up / most);
      var down = Math.round(barW * item.down / most);
      chart.appendChild(svg("text", { x: labelW - 8, y: y + 17, "text-anchor": "end", "font-size": 13, fill: "#1d2433" }, item.content_id));
      chart.appendChild(svg("rect", { x: labelW, y: y + 4, width: up, height: 18, fill: "#14632b" }));
      chart.appendChild(svg("rect", { x: labelW + up, y: y + 4, width: down, height: 18, fill: "#a4161a" }));
      chart.appendChild(svg("text", { x: labelW + up + down + 6, y: y + 17, "font-size": 13, fill: "#1d2433" }, item.up + " up · " + item.down + " down"));
    });
    var legendY = top.length * rowH + 14;
    chart.appendChild(svg("rect", { x: labelW, y: legendY, width: 14, height: 14, fill: "#14632b" }));
    chart.appendChild(svg("text", { x: labelW + 20, y: legendY + 12, "font-size": 13, fill: "#1d2433" }, "helpful"));
    chart.appendChild(svg("rect", { x: labelW + 100, y: legendY, width: 14, height: 14, fill: "#a4161a" }));
    chart.appendChild(svg("text", { x: labelW + 120, y: legendY + 12, "font-size": 13, fill: "#1d2433" }, "not helpful"));
    return chart;
  }

  function insightsPage() {
    api("GET", "/api/insights/unanswered").then(function (r) {
      var list = clear($("#unanswered"));
      if (!r.ok) { setText("#unanswered-status", ""); showError(r.data.error); return; }
      r.data.forEach(function (group) {
        var examples = el("ul");
        (group.examples || []).forEach(function (e) { examples.appendChild(el("li", { text: e })); });
        list.appendChild(el("li", null,
          el("p", { className: "question", text: group.question }),
          el("p", { className: "meta", text: "Asked " + group.count + (group.count === 1 ? " time" : " times") + (group.outcome ? " · ended in " + group.outcome : "") }),
          el("p", { className: "meta", text: "Examples:" }), examples,
          el("a", { href: "/staff/content/new?q=" + encodeURIComponent(group.question) }, "Make a draft from this", hiddenText(": " + group.question))));
      });
      setText("#unanswered-status", r.data.length ? r.data.length + (r.data.length === 1 ? " group." : " groups.") : "No unanswered questions. Well done.", "status");
    });
    api("GET", "/api/insights/feedback").then(function (r) {
      if (!r.ok) { setText("#feedback-status", ""); showError(r.data.error); return; }
      var data = r.data;
      var facts = clear($("#feedback-facts"));
      fact(facts, "Questions asked", String(data.questions));
      fact(facts, "Not answered", String(data.unanswered));
      fact(facts, "Fallback rate", (100 * (data.fallback_rate || 0)).toFixed(1) + "%");
      var chart = clear($("#thumbs-chart"));
      if (data.items && data.items.length) {
        chart.appendChild(thumbsChart(data.items));
        $("#thumbs-figure").hidden = false;
      }
      var comments = clear($("#comments"));
      (data.comments || []).forEach(function (c) {
        comments.appendChild(el("li", null, el("code", { text: c.content_id || "(other)" }), ": ", c.comment));
      });
      if (!comments.children.length) comments.appendChild(el("li", { className: "muted", text: "No comments yet." }));
      setText("#feedback-status", data.items && data.items.length ? "" : "No ratings yet.", "status");
    });
  }

  // ---- needs review -------------------------------------------------------------------------
  function reviewPage() {
    var canPublish = document.body.dataset.canPublish === "true";
    // `done` is the confirmation of the last action; it leads the refreshed count so it stays visible.
    function load(done) {
      api("GET", "/api/review-queue").then(function (r) {
        var body = clear($("#review-table tbody"));
        if (!r.ok) { setText("#review-status", ""); showError(r.data.error); return; }
        r.data.items.forEach(function (entry) {
          var why = el("ul", { className: "reasons" });
          entry.reasons.forEach(function (reason) { why.appendChild(el("li", { text: reason })); });
          var action = el("td");
          if (canPublish) {
            var button = el("button", { type: "button", className: "button", text: "Sign off" });
            button.setAttribute("aria-label", "Sign off " + entry.title);
            button.addEventListener("click", function () {
              busy(button, true);
              api("POST", "/api/content/" + encodeURIComponent(entry.item_id) + "/sign-off").then(function (s) {
                busy(button, false);
                if (!s.ok) { showError(s.data.error); return; }
                load("Signed off " + entry.title + ". ");
              });
            });
            action.appendChild(button);
          }
          body.appendChild(el("tr", { className: entry.source_changed ? "changed" : "" },
            el("td", null, el("a", { href: "/staff/content/" + encodeURIComponent(entry.item_id), text: entry.title })),
            el("td", null, why),
            el("td", { text: entry.review_due || "–" }),
            el("td", { text: entry.reviewed_by ? entry.reviewed_by + ", " + entry.reviewed_on : "not here" }),
            action));
        });
        var changed = r.data.source_changed;
        setText("#review-status", (done || "") + r.data.items.length + " items need review; " + changed + " because a source changed.",
          done ? "status ok" : "status");
        var select = clear($("#m-url"));
        r.data.sources.forEach(function (s) {
          select.appendChild(el("option", { value: s.url, text: s.url + " (" + s.status + ")" }));
        });
      });
    }
    $("#mark-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var form = event.target;
      api("POST", "/api/sources/changed", { url: form.elements.url.value, note: form.elements.note.value.trim() }).then(function (r) {
        if (!r.ok) { showError(r.data.error); return; }
        setText("#mark-status", "Marked: " + r.data.items + " items need a sign-off.", "status ok");
        form.elements.note.value = "";
        load();
      });
    });
    load();
  }

  // ---- start --------------------------------------------------------------------------------
  var PAGES = {
    login: loginPage, preview: previewPage, content: contentPage, editor: editorPage,
    callbacks: callbacksPage, insights: insightsPage, review: reviewPage
  };

  function start() {
    signOutButton();
    var page = PAGES[document.body.dataset.page];
    if (page) page();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
