// 곁 web chat: the page side of the WebSocket protocol (docs in README "Web chat").
// Plain script, no framework, no third-party origin; DOM is built with textContent only.
"use strict";

(function () {
  var STRINGS = {
    ko: {
      placeholder: "여기에 적어 주세요", send: "보내기", message: "메시지", exit: "나가기",
      exitHint: "빠르게 나가기 (Esc 두 번)", language: "언어", log: "대화",
      connecting: "연결하는 중…", reconnecting: "다시 연결하는 중…", call: "전화",
      choices: "고르기", elsewhere: "이 대화가 다른 창에서 열려 있어요. 여기를 누르면 이 창에서 이어져요."
    },
    en: {
      placeholder: "Write here", send: "Send", message: "Message", exit: "Exit",
      exitHint: "Leave quickly (Esc twice)", language: "Language", log: "Conversation",
      connecting: "Connecting…", reconnecting: "Reconnecting…", call: "Call",
      choices: "Choices", elsewhere: "This conversation is open in another window. Tap here to continue here."
    },
    vi: {
      placeholder: "Viết ở đây", send: "Gửi", message: "Tin nhắn", exit: "Thoát",
      exitHint: "Thoát nhanh (Esc hai lần)", language: "Ngôn ngữ", log: "Cuộc trò chuyện",
      connecting: "Đang kết nối…", reconnecting: "Đang kết nối lại…", call: "Gọi",
      choices: "Lựa chọn", elsewhere: "Cuộc trò chuyện đang mở ở cửa sổ khác. Chạm vào đây để tiếp tục ở đây."
    },
    zh: {
      placeholder: "在这里输入", send: "发送", message: "消息", exit: "离开",
      exitHint: "快速离开（按两次 Esc）", language: "语言", log: "对话",
      connecting: "正在连接…", reconnecting: "正在重新连接…", call: "拨打",
      choices: "选项", elsewhere: "此对话已在另一个窗口打开。点击这里即可在此继续。"
    }
  };
  var TOKEN_KEY = "gyeot.session";
  var STATE_KEY = "gyeot.state";
  var ESCAPE_WINDOW_MS = 1500;
  var MAX_DELAY_MS = 5000;
  var MAX_ROWS = 5;
  var REPLACED = 4001; // close code: the same session opened in another tab took the connection
  // Korean phone numbers as the bot writes them: short national lines, 15xx-xxxx, 0x(x)-xxx(x)-xxxx.
  var PHONE_RE = /(^|[^\d-])(0\d{1,2}-\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4}|1308|1366|1388|119|112|109|129)(?![\d-])/g;

  var root = document.documentElement;
  var lang = STRINGS.hasOwnProperty(root.lang) ? root.lang : "ko";
  var t = STRINGS[lang];
  var exitUrl = safeExitUrl(root.getAttribute("data-exit-url"));
  var log = document.getElementById("log");
  var statusLine = document.getElementById("status");
  var form = document.getElementById("composer");
  var box = form.elements.namedItem("message");
  var langSelect = document.getElementById("lang");
  var exitButton = document.getElementById("quick-exit");

  var storage = openStorage();
  var memory = {};
  var ws = null;
  var ready = false;
  var leaving = false;
  var delay = 500;
  var retryTimer = 0;
  var parked = false;
  var lastEscape = 0;
  var firstUnread = null;
  var token = getItem(TOKEN_KEY);
  var state = loadState();

  function safeExitUrl(value) {
    return value && /^https?:\/\//i.test(value) ? value : "about:blank";
  }

  function openStorage() {
    try {
      var s = window.sessionStorage;
      s.setItem("gyeot.probe", "1");
      s.removeItem("gyeot.probe");
      return s;
    } catch (e) {
      return null; // private mode or storage off: keep the session in memory for this page only
    }
  }

  function getItem(key) {
    if (storage) return storage.getItem(key);
    return memory.hasOwnProperty(key) ? memory[key] : null;
  }

  function setItem(key, value) {
    if (leaving) return;
    try {
      if (storage) storage.setItem(key, value);
      else memory[key] = value;
    } catch (e) {
      // quota exceeded: the conversation still works, only a reload would lose it
    }
  }

  function emptyState() {
    return { last: 0, nextId: 1, items: [], pending: [] };
  }

  function loadState() {
    try {
      var saved = JSON.parse(getItem(STATE_KEY) || "null");
      if (saved && Array.isArray(saved.items) && Array.isArray(saved.pending)) return saved;
    } catch (e) {
      // a damaged entry starts a clean page; the server still has the conversation
    }
    return emptyState();
  }

  function saveState() {
    setItem(STATE_KEY, JSON.stringify(state));
  }

  function newToken() {
    var bytes = new Uint8Array(24);
    window.crypto.getRandomValues(bytes);
    var raw = "";
    for (var i = 0; i < bytes.length; i++) raw += String.fromCharCode(bytes[i]);
    return window.btoa(raw).replace(/\+/g, "-").replace(/\//g, "_");
  }

  // ---- page chrome -------------------------------------------------------------------------

  function applyStrings() {
    eachNode("[data-i18n]", function (el) { el.textContent = t[el.getAttribute("data-i18n")]; });
    eachNode("[data-i18n-placeholder]", function (el) {
      el.setAttribute("placeholder", t[el.getAttribute("data-i18n-placeholder")]);
    });
    eachNode("[data-i18n-title]", function (el) {
      el.setAttribute("title", t[el.getAttribute("data-i18n-title")]);
    });
    eachNode("[data-i18n-label]", function (el) {
      el.setAttribute("aria-label", t[el.getAttribute("data-i18n-label")]);
    });
    root.lang = lang;
    langSelect.value = lang;
  }

  function eachNode(selector, fn) {
    var nodes = document.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) fn(nodes[i]);
  }

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function quickExit() {
    leaving = true;
    try { if (storage) storage.clear(); } catch (e) { /* nothing left to clear */ }
    memory = {};
    if (ws) ws.close();
    log.textContent = "";
    box.value = "";
    window.location.replace(exitUrl);
  }

  function onKeydown(event) {
    if (event.key !== "Escape") {
      resume();
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) quickExit();
    else lastEscape = now;
  }

  function switchLanguage() {
    var chosen = langSelect.value;
    if (!STRINGS.hasOwnProperty(chosen) || chosen === lang) return;
    // The bot answers in her new language too: the language button's press is queued (kept in
    // sessionStorage) and sent when the reloaded page connects.
    if (state.items.length) queue({ type: "say", text: "/language " + chosen }, null);
    leaving = true; // the session and transcript stay in sessionStorage; only the socket goes
    if (ws) ws.close();
    window.location.replace(window.location.pathname + "?lang=" + chosen);
  }

  // ---- transcript ------------------------------------------------------------------------

  function appendLinked(parent, text) {
    var at = 0;
    var match;
    PHONE_RE.lastIndex = 0;
    while ((match = PHONE_RE.exec(text)) !== null) {
      var start = match.index + match[1].length;
      parent.appendChild(document.createTextNode(text.slice(at, start)));
      var link = document.createElement("a");
      link.href = "tel:" + match[2];
      link.textContent = match[2];
      parent.appendChild(link);
      at = start + match[2].length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function phonesIn(text) {
    var found = [];
    var match;
    PHONE_RE.lastIndex = 0;
    while ((match = PHONE_RE.exec(text)) !== null) {
      if (found.indexOf(match[2]) < 0) found.push(match[2]);
    }
    return found;
  }

  function callRow(text) {
    var numbers = phonesIn(text);
    if (!numbers.length) return null;
    var row = document.createElement("div");
    row.className = "calls";
    numbers.forEach(function (number) {
      var link = document.createElement("a");
      link.className = "call";
      link.href = "tel:" + number;
      link.textContent = t.call + " " + number;
      row.appendChild(link);
    });
    return row;
  }

  function renderBot(item) {
    var el = document.createElement("div");
    el.className = item.urgent ? "msg bot urgent" : "msg bot";
    el.setAttribute("data-from", "bot");
    el.setAttribute("data-seq", String(item.seq));
    if (item.urgent) {
      var row = callRow(item.text);
      if (row) el.appendChild(row);
    }
    var body = document.createElement("p");
    body.className = "text";
    appendLinked(body, item.text);
    el.appendChild(body);
    if (item.buttons && item.buttons.length) el.appendChild(renderButtons(el, item));
    log.appendChild(el);
    return el;
  }

  function renderButtons(el, item) {
    var group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", t.choices);
    item.buttons.forEach(function (buttons) {
      var row = document.createElement("div");
      row.className = "row";
      buttons.forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "choice";
        button.textContent = b.label;
        button.disabled = Boolean(item.done);
        button.addEventListener("click", function (event) { press(el, item, b, event); });
        row.appendChild(button);
      });
      group.appendChild(row);
    });
    return group;
  }

  function renderMine(item) {
    var el = document.createElement("div");
    el.className = isPending(item.id) ? "msg me pending" : "msg me";
    el.setAttribute("data-from", "me");
    el.setAttribute("data-id", String(item.id));
    var body = document.createElement("p");
    body.className = "text";
    body.textContent = item.text;
    el.appendChild(body);
    log.appendChild(el);
    return el;
  }

  function render(item) {
    return item.from === "bot" ? renderBot(item) : renderMine(item);
  }

  function disableOlderButtons() {
    var bots = log.querySelectorAll('[data-from="bot"]');
    for (var i = 0; i < bots.length - 1; i++) {
      var buttons = bots[i].querySelectorAll("button");
      for (var j = 0; j < buttons.length; j++) buttons[j].disabled = true;
    }
  }

  function showNotice(text) {
    var el = document.createElement("p");
    el.className = "notice";
    el.setAttribute("data-from", "system");
    el.textContent = text;
    log.appendChild(el);
    scrollToEnd(el);
  }

  function scrollToEnd(newest) {
    if (!firstUnread) firstUnread = newest;
    window.requestAnimationFrame(function () {
      if (!firstUnread) return;
      var bottom = log.scrollHeight - log.clientHeight;
      var topOfNew = firstUnread.offsetTop - 8;
      log.scrollTop = Math.min(bottom, Math.max(topOfNew, log.scrollTop));
      firstUnread = null;
    });
  }

  function restore() {
    state.items.forEach(render);
    disableOlderButtons();
    log.scrollTop = log.scrollHeight;
  }

  // ---- her side --------------------------------------------------------------------------

  function isPending(id) {
    for (var i = 0; i < state.pending.length; i++) if (state.pending[i].id === id) return true;
    return false;
  }

  function queue(frame, shown) {
    frame.id = state.nextId;
    state.nextId += 1;
    state.pending.push(frame);
    var el = null;
    if (shown !== null) {
      var item = { from: "me", id: frame.id, text: shown };
      state.items.push(item);
      el = renderMine(item);
      firstUnread = null;
      log.scrollTop = log.scrollHeight;
    }
    saveState();
    send(frame);
    return el;
  }

  function say(text) {
    if (!text.trim()) return;
    queue({ type: "say", text: text }, text);
  }

  function press(el, item, b, event) {
    if (item.done) return;
    item.done = true;
    var buttons = el.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    queue({ type: "press", data: b.data }, b.label);
    if (event.detail === 0) box.focus(); // pressed from the keyboard: keep focus somewhere useful
  }

  function confirmed(id) {
    state.pending = state.pending.filter(function (p) { return p.id !== id; });
    saveState();
    var el = log.querySelector('[data-from="me"][data-id="' + String(id) + '"]');
    if (el) el.classList.remove("pending");
  }

  function onSubmit(event) {
    event.preventDefault();
    var text = box.value;
    box.value = "";
    fitBox();
    say(text);
  }

  function onBoxKeydown(event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    onSubmit(event);
  }

  function fitBox() {
    box.rows = 1;
    while (box.rows < MAX_ROWS && box.scrollHeight > box.clientHeight) box.rows += 1;
  }

  // ---- the socket ------------------------------------------------------------------------

  function send(frame) {
    if (ws && ready) ws.send(JSON.stringify(frame));
  }

  function connect() {
    retryTimer = 0;
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var sock;
    try {
      sock = new WebSocket(scheme + window.location.host + "/ws");
    } catch (e) {
      retry();
      return;
    }
    ws = sock;
    ready = false;
    sock.onopen = function () {
      sock.send(JSON.stringify({ type: "hello", session: token, last: state.last, lang: lang }));
    };
    sock.onmessage = function (event) {
      if (ws === sock && !leaving) onFrame(event.data);
    };
    sock.onclose = function (event) {
      if (ws !== sock) return;
      ws = null;
      ready = false;
      if (leaving) return;
      if (event.code === REPLACED) {
        parked = true; // wait until she comes back to this tab, then take the session back
        setStatus(t.elsewhere);
        return;
      }
      setStatus(t.reconnecting);
      retry();
    };
  }

  function resume() {
    if (!parked || leaving || document.visibilityState !== "visible") return;
    parked = false;
    setStatus(t.reconnecting);
    connect();
  }

  function retry() {
    if (retryTimer) return;
    retryTimer = window.setTimeout(connect, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }

  function onFrame(data) {
    var frame;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (frame.type === "ready") onReady();
    else if (frame.type === "got") confirmed(frame.id);
    else if (frame.type === "message") onMessage(frame);
    else if (frame.type === "clear") onClear(frame);
    else if (frame.type === "notice") onNotice(frame);
  }

  function onReady() {
    ready = true;
    delay = 500;
    setStatus("");
    state.pending.forEach(function (p) { ws.send(JSON.stringify(p)); });
  }

  function onMessage(frame) {
    if (typeof frame.seq !== "number" || frame.seq <= state.last) return;
    var item = {
      from: "bot", seq: frame.seq, text: String(frame.text || ""),
      buttons: Array.isArray(frame.buttons) ? frame.buttons : [], urgent: frame.urgent === true
    };
    state.items.push(item);
    state.last = frame.seq;
    saveState();
    scrollToEnd(renderBot(item));
    disableOlderButtons();
    send({ type: "ack", seq: frame.seq });
  }

  function onClear(frame) {
    var seq = frame.seq;
    if (typeof seq === "number") {
      if (seq <= state.last) return;
      state.last = seq;
    }
    state.items = [];
    saveState();
    log.textContent = "";
    if (typeof seq === "number") send({ type: "ack", seq: seq });
  }

  function onNotice(frame) {
    if (typeof frame.id === "number") {
      confirmed(frame.id); // this message was refused: mark it, and stop re-sending it
      var refused = log.querySelector('[data-from="me"][data-id="' + String(frame.id) + '"]');
      if (refused) refused.classList.add("refused");
    }
    if (frame.code === "full") delay = MAX_DELAY_MS;
    showNotice(String(frame.text || ""));
  }

  // ---- start -----------------------------------------------------------------------------

  applyStrings();
  if (!token) {
    token = newToken();
    setItem(TOKEN_KEY, token);
    state = emptyState();
    queue({ type: "say", text: "/start" }, null);
  }
  restore();
  form.addEventListener("submit", onSubmit);
  box.addEventListener("keydown", onBoxKeydown);
  box.addEventListener("input", fitBox);
  exitButton.addEventListener("click", quickExit);
  document.addEventListener("keydown", onKeydown);
  langSelect.addEventListener("change", switchLanguage);
  document.addEventListener("visibilitychange", resume);
  document.addEventListener("pointerdown", resume);
  window.addEventListener("focus", resume);
  window.addEventListener("online", function () {
    if (retryTimer) {
      window.clearTimeout(retryTimer);
      connect();
    }
  });
  window.setTimeout(function () {
    if (!ready && !leaving && !parked && !statusLine.textContent) setStatus(t.connecting);
  }, 1000);
  connect();
})();
