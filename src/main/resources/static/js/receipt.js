// Print and copy on the confirmation and tracking pages. Without JavaScript the buttons stay hidden; the PDF
// receipt link works either way.
(function () {
    'use strict';
    var bar = document.querySelector('[data-receipt]');
    if (!bar) {
        return;
    }
    var status = bar.querySelector('[data-copied]');
    var print = bar.querySelector('[data-print]');
    if (print) {
        print.hidden = false;
        print.addEventListener('click', function () {
            window.print();
        });
    }
    if (!navigator.clipboard) {
        return;
    }
    bar.querySelectorAll('[data-copy]').forEach(function (button) {
        var source = document.querySelector(button.getAttribute('data-copy'));
        if (!source) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            navigator.clipboard.writeText(source.textContent.trim()).then(function () {
                status.textContent = '';
                status.textContent = status.getAttribute('data-message');
            });
        });
    });
}());
