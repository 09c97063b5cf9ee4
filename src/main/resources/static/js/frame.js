// The header's menu folds behind one button on small screens. Without JavaScript the menu simply stays open.
(function () {
    'use strict';
    var toggle = document.querySelector('[data-menu-toggle]');
    var menu = document.getElementById('portal-menu');
    if (!toggle || !menu) {
        return;
    }
    menu.classList.add('collapse');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
        var open = menu.classList.toggle('show');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && menu.classList.contains('show')) {
            menu.classList.remove('show');
            toggle.setAttribute('aria-expanded', 'false');
            toggle.focus();
        }
    });
}());
