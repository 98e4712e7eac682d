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

/*
 * A second click on a form's submit button while the page is already being sent does nothing (the server also
 * ignores a repeated submit of the same page view). The button is disabled after the browser has read the form,
 * so the pressed button's name still reaches the server.
 */
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.dataset.submitting === 'true') {
            event.preventDefault();
            return;
        }
        form.dataset.submitting = 'true';
        setTimeout(function () {
            form.querySelectorAll('button[type=submit]').forEach(function (button) {
                button.setAttribute('aria-disabled', 'true');
            });
        }, 0);
    }, true);
})();

/*
 * "Quote" with text selected inside that post quotes just the selection (the server checks it really is in the
 * post before attributing it).
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('a.quote-link') : null;
        if (!link) {
            return;
        }
        var post = document.getElementById(link.dataset.post);
        var selection = window.getSelection();
        if (!post || !selection || selection.isCollapsed || !post.contains(selection.anchorNode)) {
            return;
        }
        var text = selection.toString().trim().slice(0, 1500);
        if (text) {
            var parts = link.href.split('#');
            link.href = parts[0] + '&quoteText=' + encodeURIComponent(text) + (parts[1] ? '#' + parts[1] : '');
        }
    });
})();

/*
 * The editor copies its text into the form's hidden field only when it loses focus; drafts are saved by ajax
 * while typing, so copy it on every change too.
 */
(function () {
    'use strict';
    document.addEventListener('input', function (event) {
        var surface = event.target.closest ? event.target.closest('.ql-editor') : null;
        var container = surface && surface.parentElement;
        if (!container || !container.id || !/_editor$/.test(container.id)) {
            return;
        }
        var input = document.getElementById(container.id.replace(/_editor$/, '_input'));
        if (input) {
            input.value = surface.innerHTML === '<p><br></p>' ? '' : surface.innerHTML;
        }
    }, true);
})();
