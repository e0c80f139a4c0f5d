/* The course quiz widget: checks answers in the browser, shows feedback, keeps the score and
   saves progress in localStorage only. No network, no dependencies. Keep in step with
   curriculum/quiz/grader.py, which grades the same way in Python. */
(function () {
  "use strict";
  if (window.cgtQuiz) { return; }

  function normalise(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ")
      .replace(/^[ .!?;:,'"]+|[ .!?;:,'"]+$/g, "");
  }
  function distance(a, b) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) { prev.push(j); }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  function allowance(text) { return text.length <= 3 ? 0 : text.length <= 8 ? 1 : 2; }
  function asNumber(text, unit) {
    var t = normalise(text).replace(/,/g, "");
    var u = normalise(unit || "");
    if (u && t.slice(-u.length) === u) { t = t.slice(0, -u.length).trim(); }
    return /^-?\d+(\.\d+)?$/.test(t) ? parseFloat(t) : null;
  }

  function given(box, q) {
    var inputs;
    if (q.type === "single" || q.type === "true_false") {
      var picked = box.querySelector("input:checked");
      return picked ? picked.value : null;
    }
    if (q.type === "multiple") {
      inputs = box.querySelectorAll("input:checked");
      return inputs.length ? Array.prototype.map.call(inputs, function (i) { return i.value; }) : null;
    }
    if (q.type === "numeric" || q.type === "short_text") {
      var value = box.querySelector("input").value;
      return value.trim() ? value : null;
    }
    if (q.type === "ordering") {
      return Array.prototype.map.call(box.querySelectorAll(".cgt-item"), function (li) { return li.dataset.item; });
    }
    var chosen = {}, complete = true;
    box.querySelectorAll("select").forEach(function (s) { chosen[s.dataset.term] = s.value; if (!s.value) { complete = false; } });
    return complete ? chosen : null;
  }

  function mark(q, answer) {
    var right, n, k;
    if (q.type === "single" || q.type === "true_false") { return answer === q.answer ? 1 : 0; }
    if (q.type === "multiple") {
      right = 0; n = 0;
      answer.forEach(function (a) { if (q.answer.indexOf(a) >= 0) { right++; } else { n++; } });
      return Math.max(0, (right - n) / q.answer.length);
    }
    if (q.type === "numeric") {
      var x = asNumber(answer, q.unit);
      return x !== null && Math.abs(x - q.answer) <= q.tolerance + 1e-9 ? 1 : 0;
    }
    if (q.type === "short_text") {
      var g = normalise(answer);
      return q.accept.some(function (a) {
        var t = normalise(a);
        return g === t || (q.fuzzy && distance(g, t) <= allowance(t));
      }) ? 1 : 0;
    }
    if (q.type === "ordering") {
      right = 0;
      for (k = 0; k < q.answer.length; k++) { if (answer[k] === q.answer[k]) { right++; } }
      return right / q.answer.length;
    }
    right = 0; n = 0;
    for (k in q.answer) { n++; if (answer[k] === q.answer[k]) { right++; } }
    return right / n;
  }

  function restore(box, q, answer) {
    if (q.type === "single" || q.type === "true_false" || q.type === "multiple") {
      [].concat(answer).forEach(function (v) {
        box.querySelectorAll("input").forEach(function (i) { if (i.value === v) { i.checked = true; } });
      });
    } else if (q.type === "numeric" || q.type === "short_text") {
      box.querySelector("input").value = answer;
    } else if (q.type === "ordering") {
      var list = box.querySelector(".cgt-order");
      answer.forEach(function (item) {
        list.querySelectorAll(".cgt-item").forEach(function (li) { if (li.dataset.item === item) { list.appendChild(li); } });
      });
    } else {
      box.querySelectorAll("select").forEach(function (s) { s.value = answer[s.dataset.term] || ""; });
    }
  }

  function init(root) {
    if (!root || root.getAttribute("data-ready")) { return; }
    root.setAttribute("data-ready", "1");
    var data = JSON.parse(root.querySelector(".cgt-quiz-data").textContent);
    var words = data.strings, key = "cgt-quiz:" + data.name, scores = {}, saved = {};
    var byId = {};
    data.questions.forEach(function (q) { byId[q.id] = q; });
    try { saved = JSON.parse(window.localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }

    function save() {
      try { window.localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* storage may be off */ }
    }
    function showScore() {
      var total = 0;
      Object.keys(scores).forEach(function (id) { total += scores[id]; });
      root.querySelector(".cgt-score-value").textContent = String(Math.round(total * 100) / 100);
    }
    function evaluate(box, q, answer) {
      var feedback = box.querySelector(".cgt-feedback");
      if (answer === null) { feedback.textContent = words.no_answer; return; }
      var s = mark(q, answer), verdict = s === 1 ? "correct" : s > 0 ? "partly" : "incorrect";
      var extra = [];
      [].concat(answer).forEach(function (a) { if (q.feedback && q.feedback[a]) { extra.push(q.feedback[a]); } });
      feedback.className = "cgt-feedback cgt-" + verdict;
      feedback.innerHTML = "<p><strong></strong></p>" + (extra.length ? "<p>" + extra.join(" ") + "</p>" : "") +
        "<div class=\"cgt-explanation\"><p><strong></strong></p>" + q.explanation + "</div>";
      var labels = feedback.querySelectorAll("strong");
      labels[0].textContent = words[verdict];
      labels[labels.length - 1].textContent = words.explanation + ":";
      scores[q.id] = s;
      saved[q.id] = answer;
      save();
      showScore();
    }

    root.querySelectorAll(".cgt-q").forEach(function (box) {
      var q = byId[box.dataset.question];
      if (data.shuffle) {
        var options = box.querySelector(".cgt-options");
        if (options) {
          for (var i = options.children.length; i > 1; i--) {
            options.appendChild(options.children[Math.floor(Math.random() * i)]);
          }
        }
      }
      box.querySelector(".cgt-check").addEventListener("click", function () { evaluate(box, q, given(box, q)); });
      box.addEventListener("click", function (event) {
        var button = event.target.closest(".cgt-up, .cgt-down");
        if (!button) { return; }
        var li = button.closest(".cgt-item"), up = button.classList.contains("cgt-up");
        var other = up ? li.previousElementSibling : li.nextElementSibling;
        if (!other) { return; }
        // Move the neighbour, not the focused item: the focused button never leaves the page,
        // so focus stays on it and the key press is not delivered twice.
        li.parentNode.insertBefore(other, up ? li.nextElementSibling : li);
      });
      if (saved[q.id] !== undefined) { restore(box, q, saved[q.id]); evaluate(box, q, saved[q.id]); }
    });

    root.querySelector(".cgt-retry").addEventListener("click", function () {
      saved = {}; scores = {};
      save();
      root.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (i) { i.checked = false; });
      root.querySelectorAll("input[type=text]").forEach(function (i) { i.value = ""; });
      root.querySelectorAll("select").forEach(function (s) { s.value = ""; });
      root.querySelectorAll(".cgt-feedback").forEach(function (f) { f.textContent = ""; f.className = "cgt-feedback"; });
      showScore();
      var first = root.querySelector(".cgt-q input, .cgt-q select, .cgt-q button");
      if (first) { first.focus(); }
    });
  }

  window.cgtQuiz = {
    init: init,
    initAll: function () { document.querySelectorAll("section.cgt-quiz").forEach(init); }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", window.cgtQuiz.initAll);
  } else {
    window.cgtQuiz.initAll();
  }
}());
