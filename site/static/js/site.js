// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Video and audio embeds: load the other site's player only when the reader asks for it.
  document.querySelectorAll("[data-consent-embed]").forEach(function (figure) {
    var button = figure.querySelector("[data-consent-embed-load]");
    var template = figure.querySelector("[data-consent-embed-template]");
    if (!button || !template) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var placeholder = figure.querySelector(".block-embed__placeholder");
      var player = document.createElement("div");
      player.className = "block-embed__player";
      player.appendChild(template.content.cloneNode(true));
      placeholder.replaceWith(player);
      var frame = player.querySelector("iframe");
      if (frame) frame.focus();
    });
  });

  // Disclosures that fold only on phones (main menu, filters): open them on wider screens, for
  // browsers the stylesheet cannot unfold them in. Folding again when the window narrows.
  var wide = window.matchMedia("(min-width: 40.0625em)");
  var disclosures = document.querySelectorAll("details[data-open-wide]");
  function unfold() {
    disclosures.forEach(function (details) {
      details.open = wide.matches;
    });
  }
  unfold();
  if (wide.addEventListener) wide.addEventListener("change", unfold);

  // Error summaries take focus (autofocus does this too; this covers browsers that ignore it).
  var summary = document.querySelector("[data-error-summary]");
  if (summary && document.activeElement !== summary) summary.focus();
})();
