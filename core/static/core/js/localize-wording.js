/*
 * wagtail-localize's translation editor writes two texts in English whatever the admin's
 * language: the hidden "More actions" label of its menus and the heading
 * "<source> to <target> translation". This puts them in the editor's language, with the
 * strings of our own JavaScript catalogue (core/locale/<lang>/LC_MESSAGES/djangojs.po, served
 * in place of wagtail-localize's own at /admin/localize/jsi18n/). Only on that page.
 */
(function () {
  "use strict";
  var root = document.querySelector(".js-translation-editor");
  if (!root || !window.django || !window.django.gettext) return;
  var gettext = window.django.gettext;
  var interpolate = window.django.interpolate;
  var heading = /^(.+) to (.+) translation$/;

  function fix(node) {
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    var text;
    while ((text = walker.nextNode())) {
      var value = text.nodeValue.trim();
      if (value === "More actions") {
        text.nodeValue = gettext("More actions");
      } else {
        var match = heading.exec(value);
        if (match) {
          text.nodeValue = interpolate(
            gettext("%(source)s to %(target)s translation"),
            { source: match[1], target: match[2] },
            true
          );
        }
      }
    }
    node.querySelectorAll("[title]").forEach(function (element) {
      var match = heading.exec(element.getAttribute("title"));
      if (match) {
        element.setAttribute(
          "title",
          interpolate(gettext("%(source)s to %(target)s translation"), { source: match[1], target: match[2] }, true)
        );
      }
    });
  }

  fix(root);
  new MutationObserver(function () { fix(root); }).observe(root, { childList: true, subtree: true });
})();
