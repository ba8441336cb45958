// Progressive enhancement: after a download starts, open the optional question below the files.
// Without JavaScript the question is simply there to open by hand.
(function () {
  "use strict";
  var question = document.querySelector("[data-instrument-question]");
  if (!question) return;
  document.querySelectorAll("[data-instrument-download]").forEach(function (link) {
    link.addEventListener("click", function () {
      window.setTimeout(function () {
        question.open = true;
      }, 300);
    });
  });
})();
