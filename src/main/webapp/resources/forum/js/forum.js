/*
 * Accessibility glue for the rich-text editor (Quill inside p:textEditor): its typing surface is a
 * contenteditable div that a <label for> cannot name. Give it the label's name, the textbox role, and let a click
 * on the label focus it. Loaded from the forum itself, so it runs under the strict Content-Security-Policy.
 */
(function () {
    'use strict';

    function labelEditors() {
        document.querySelectorAll('label[for]').forEach(function (label) {
            var target = document.getElementById(label.htmlFor);
            var surface = target && target.querySelector('.ql-editor');
            if (!surface || surface.hasAttribute('aria-labelledby')) {
                return;
            }
            if (!label.id) {
                label.id = label.htmlFor + '_label';
            }
            surface.setAttribute('role', 'textbox');
            surface.setAttribute('aria-multiline', 'true');
            surface.setAttribute('aria-labelledby', label.id);
            var hint = document.getElementById(label.htmlFor + 'Hint');
            if (hint) {
                surface.setAttribute('aria-describedby', hint.id);
            }
            label.addEventListener('click', function () {
                surface.focus();
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            setTimeout(labelEditors, 0);
        });
    } else {
        setTimeout(labelEditors, 0);
    }
    window.addEventListener('load', labelEditors);
})();
