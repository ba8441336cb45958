/*
 * Live readability hint under the "In plain words" field of every page type.
 *
 * The same rules as core/readability.py (keep the two in step): words are runs of letters,
 * sentences end at . ! ? or a blank line, syllables are vowel groups (a vowel with a dieresis
 * starts a new one; English drops a silent final e), Flesch-Douma for Dutch pages and Flesch
 * reading ease for English ones. Progressive enhancement: without it the field is a textarea.
 */
(function () {
    "use strict";

    var FORMULAS = { nl: [206.835, 0.93, 77.0], en: [206.835, 1.015, 84.6] };
    var WORD = /[\p{L}]+(?:['\u2019-][\p{L}]+)*/gu;
    var SENTENCE_END = /[.!?\u2026]+(?=\s|$)|[\n\r]{2,}/u;
    var VOWEL_GROUP = /[aeiouy\u00e0-\u00e4\u00e8-\u00eb\u00ec-\u00ef\u00f2-\u00f6\u00f9-\u00fc]+/g;
    var DIAERESIS = "\u00e4\u00eb\u00ef\u00f6\u00fc";

    function syllables(word, language) {
        var lower = word.toLowerCase();
        var groups = lower.match(VOWEL_GROUP) || [];
        var count = 0;
        groups.forEach(function (group) {
            count += 1;
            for (var i = 1; i < group.length; i++) {
                if (DIAERESIS.indexOf(group[i]) !== -1) count += 1;
            }
        });
        if (language === "en" && count > 1 && /[^aeiouy]e$/.test(lower)) count -= 1;
        return Math.max(count, 1);
    }

    function measure(text, language, longSyllables) {
        var formula = FORMULAS[language] || FORMULAS.nl;
        var sentences = text.split(SENTENCE_END).filter(function (part) {
            return part && part.match(WORD);
        });
        var words = 0, syll = 0, long = 0;
        sentences.forEach(function (sentence) {
            (sentence.match(WORD) || []).forEach(function (word) {
                var n = syllables(word, language);
                words += 1;
                syll += n;
                if (n >= longSyllables) long += 1;
            });
        });
        if (!words) return null;
        var perSentence = words / sentences.length;
        var score = formula[0] - formula[1] * perSentence - formula[2] * (syll / words);
        return { perSentence: perSentence, long: long, score: Math.round(score * 10) / 10 };
    }

    function fill(template, n) {
        return template.replace("%(n)s", n);
    }

    function describe(result, config, language) {
        var labels = config.labels;
        if (!result) return labels.empty;
        var parts = [
            fill(language === "en" ? labels.scoreEn : labels.score, result.score.toLocaleString(document.documentElement.lang || undefined)) +
                " (" + (result.score >= config.easyScore ? labels.easy : labels.hard) + ")",
            fill(labels.words, result.perSentence.toFixed(1)),
            fill(labels.long, result.long),
        ];
        if (result.perSentence > config.maxWords) parts.push(fill(labels.tooLong, config.maxWords));
        return parts.join(" \u00b7 ");
    }

    function bodyText(form, summary) {
        // The rest of the page as the editor sees it: rich-text editors and other text areas.
        var parts = [];
        form.querySelectorAll("[contenteditable='true'], textarea").forEach(function (el) {
            if (el === summary || el.closest("[data-contentpath='search_description']")) return;
            parts.push(el.tagName === "TEXTAREA" ? el.value : el.innerText);
        });
        return parts.join("\n\n");
    }

    function pageLanguage(summary) {
        // The page's language, set by ReadabilityPanel; else the admin's language.
        var code = summary.getAttribute("data-language") || document.documentElement.lang || "nl";
        return code.slice(0, 2) === "en" ? "en" : "nl";
    }

    function setUp(summary) {
        var config;
        try {
            config = JSON.parse(summary.getAttribute("data-readability"));
        } catch (error) {
            return;
        }
        var hint = document.createElement("div");
        hint.className = "readability-hint";
        hint.setAttribute("aria-live", "polite");
        hint.id = summary.id + "-readability";
        var own = document.createElement("p");
        var rest = document.createElement("p");
        hint.appendChild(own);
        hint.appendChild(rest);
        summary.insertAdjacentElement("afterend", hint);
        var described = summary.getAttribute("aria-describedby");
        summary.setAttribute("aria-describedby", (described ? described + " " : "") + hint.id);

        var form = summary.form || document;
        var language = pageLanguage(summary);
        var timer = null;
        function update() {
            timer = null;
            own.textContent = config.labels.summary + ": " + describe(measure(summary.value, language, config.longSyllables), config, language);
            rest.textContent = config.labels.body + ": " + describe(measure(bodyText(form, summary), language, config.longSyllables), config, language);
        }
        function later() {
            if (timer === null) timer = window.setTimeout(update, 400);
        }
        form.addEventListener("input", later);
        form.addEventListener("keyup", later);
        update();
        // Rich-text editors render after this script: measure again once they are there.
        window.setTimeout(update, 1500);
    }

    function start() {
        document.querySelectorAll("textarea[data-readability]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
