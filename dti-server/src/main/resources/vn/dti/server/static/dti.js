// The pages' only script (docs/pages.md): files dropped onto an upload field go into it, and the chosen names show.
// Without it, the file fields work as they are.
(function () {
  'use strict';
  function show(zone, input) {
    var names = [];
    for (var i = 0; i < input.files.length; i++) {
      names.push(input.files[i].name);
    }
    zone.querySelector('.chosen').textContent = names.join(', ');
  }
  var zones = document.querySelectorAll('[data-drop]');
  Array.prototype.forEach.call(zones, function (zone) {
    var input = zone.querySelector('input[type=file]');
    if (!input) {
      return;
    }
    input.addEventListener('change', function () { show(zone, input); });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      var files = e.dataTransfer && e.dataTransfer.files;
      if (!files || files.length === 0) {
        return;
      }
      var chosen = new DataTransfer();
      for (var i = 0; i < files.length && (input.multiple || i === 0); i++) {
        chosen.items.add(files[i]);
      }
      input.files = chosen.files;
      show(zone, input);
    });
  });
}());
