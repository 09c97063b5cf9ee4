// Progressive enhancement of the intake form; the form works fully without this script.
(function () {
    'use strict';
    var form = document.querySelector('form[data-intake]');
    if (!form) {
        return;
    }
    var province = form.querySelector('#provinceCode');
    var regency = form.querySelector('#regencyCode');
    var district = form.querySelector('#districtCode');
    var category = form.querySelector('#categoryCode');
    var suggestions = document.getElementById('category-suggestions');
    var groups = Array.prototype.map.call(regency.querySelectorAll('optgroup'), function (g) {
        return g.cloneNode(true);
    });

    form.querySelectorAll('[data-no-js-only]').forEach(function (el) {
        el.hidden = true;
    });

    // Regencies: show only those of the chosen province.
    function filterRegencies() {
        var chosen = regency.value;
        regency.querySelectorAll('optgroup').forEach(function (g) {
            g.remove();
        });
        groups.filter(function (g) {
            return !province.value || g.dataset.province === province.value;
        }).forEach(function (g) {
            regency.appendChild(g.cloneNode(true));
        });
        regency.value = chosen;
        if (regency.value !== chosen) {
            regency.value = '';
        }
    }

    // Districts: fetched from the open-data API for the chosen regency.
    function loadDistricts() {
        var chosen = district.value;
        while (district.options.length > 1) {
            district.remove(1);
        }
        if (!regency.value) {
            return;
        }
        fetch('/api/v1/regions?parent=' + encodeURIComponent(regency.value))
            .then(function (r) {
                return r.ok ? r.json() : [];
            })
            .then(function (list) {
                list.forEach(function (d) {
                    district.add(new Option(d.name, d.code, false, d.code === chosen));
                });
            });
    }

    // Category suggestions from the keywords of each category, while the citizen types.
    var timer;
    function suggest() {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var text = (form.querySelector('#title').value + ' ' + form.querySelector('#description').value).trim();
            if (text.length < 3) {
                suggestions.replaceChildren();
                return;
            }
            fetch('/api/v1/categories/suggestions?text=' + encodeURIComponent(text.slice(0, 2000)))
                .then(function (r) {
                    return r.ok ? r.json() : [];
                })
                .then(function (list) {
                    suggestions.replaceChildren();
                    if (!list.length) {
                        return;
                    }
                    var label = document.createElement('span');
                    label.className = 'me-2';
                    label.textContent = suggestions.dataset.label;
                    suggestions.appendChild(label);
                    list.forEach(function (c) {
                        var button = document.createElement('button');
                        button.type = 'button';
                        button.className = 'btn btn-sm btn-outline-primary me-2 mb-1';
                        button.textContent = c.name;
                        button.addEventListener('click', function () {
                            category.value = c.code;
                            category.focus();
                        });
                        suggestions.appendChild(button);
                    });
                });
        }, 400);
    }

    province.addEventListener('change', function () {
        filterRegencies();
        loadDistricts();
    });
    regency.addEventListener('change', loadDistricts);
    form.querySelector('#title').addEventListener('input', suggest);
    form.querySelector('#description').addEventListener('input', suggest);
    filterRegencies();
    if (regency.value && district.options.length <= 1) {
        loadDistricts();
    }
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
}());
