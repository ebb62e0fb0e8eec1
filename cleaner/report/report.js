
document.addEventListener("change", function (ev) {
  var rule = ev.target.getAttribute("data-toggle");
  if (!rule) return;
  var sel = '.ed[data-rule="' + (window.CSS && CSS.escape ? CSS.escape(rule) : rule) + '"]';
  document.querySelectorAll(sel).forEach(function (el) {
    el.classList.toggle("quiet", !ev.target.checked);
  });
});
