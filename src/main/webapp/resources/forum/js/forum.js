/*
 * Accessibility glue for the rich-text editor (Quill inside p:textEditor): its typing surface is a
 * contenteditable div that a <label for> cannot name. Give it the label's name, the textbox role, and let a click
 * on the label focus it. Loaded from the forum itself, so it runs under the strict Content-Security-Policy.
 */
(function () {
    'use strict';

    /* PrimeFaces marks a plain (unskinned) file input aria-hidden, although it is the labelled control. */
    function showFileInputs() {
        document.querySelectorAll('input[type=file][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }

    function labelEditors() {
        showFileInputs();
        document.querySelectorAll('label[for]').forEach(function (label) {
            var target = document.getElementById(label.htmlFor);
            var surface = target && target.querySelector('.ql-editor');
            if (!surface || surface.hasAttribute('aria-labelledby')) {
                return;
            }
            if (!label.id) {
                label.id = label.htmlFor + '_label';
            }
            if (target !== surface && target.getAttribute('role') === 'textbox') {
                target.removeAttribute('role'); // the wrapper holds the toolbar; the surface is the textbox
            }
            target.querySelectorAll('.ql-picker').forEach(function (picker) {
                var name = picker.getAttribute('aria-label') || 'Style';
                picker.querySelectorAll('.ql-picker-label').forEach(function (button) {
                    button.setAttribute('aria-label', name);
                });
                picker.querySelectorAll('.ql-picker-item').forEach(function (item) {
                    item.setAttribute('aria-label', item.getAttribute('data-label') || 'Normal');
                });
            });
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

/*
 * @mention suggestions: "@" and two or more characters in an editor list matching members under it (a listbox
 * the editor points at with aria-activedescendant). Arrow keys move, Enter or Tab inserts "@handle ", Escape
 * closes; clicking a member works too. Names are inserted as text, never as HTML.
 */
(function () {
    'use strict';
    var FRAGMENT = /(^|[^A-Za-z0-9_])@([a-z0-9][a-z0-9-]{1,29})$/i;
    var list = null;
    var surface = null;
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function contextPath() {
        var home = document.querySelector('a.site-name');
        return home ? home.getAttribute('href').replace(/\/$/, '') : '';
    }

    function fragmentAtCaret() {
        var selection = window.getSelection();
        if (!selection || !selection.isCollapsed || !selection.anchorNode || selection.anchorNode.nodeType !== 3) {
            return null;
        }
        var node = selection.anchorNode;
        var match = FRAGMENT.exec(node.data.slice(0, selection.anchorOffset));
        if (!match) {
            return null;
        }
        return {node: node, start: selection.anchorOffset - match[2].length - 1, end: selection.anchorOffset,
            text: match[2]};
    }

    function close() {
        if (list) {
            list.remove();
            list = null;
        }
        if (surface) {
            surface.removeAttribute('aria-activedescendant');
            surface.setAttribute('aria-expanded', 'false');
        }
        options = [];
        active = -1;
    }

    function move(index) {
        active = (index + options.length) % options.length;
        options.forEach(function (option, i) {
            option.setAttribute('aria-selected', i === active ? 'true' : 'false');
        });
        surface.setAttribute('aria-activedescendant', options[active].id);
    }

    function choose(index) {
        var handle = options[index].dataset.handle;
        var fragment = fragmentAtCaret();
        close();
        if (!fragment) {
            return;
        }
        var range = document.createRange();
        range.setStart(fragment.node, fragment.start);
        range.setEnd(fragment.node, fragment.end);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        document.execCommand('insertText', false, '@' + handle + ' ');
    }

    function show(target, members) {
        close();
        if (!members.length) {
            return;
        }
        surface = target;
        list = document.createElement('ul');
        list.id = 'mention-suggestions';
        list.className = 'mention-suggestions';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', 'Members to mention');
        members.forEach(function (member, i) {
            var option = document.createElement('li');
            option.id = 'mention-option-' + i;
            option.setAttribute('role', 'option');
            option.dataset.handle = member.handle;
            option.textContent = '@' + member.handle + ' · ' + member.name;
            option.addEventListener('mousedown', function (event) {
                event.preventDefault(); // keep the caret in the editor
                choose(i);
            });
            list.appendChild(option);
        });
        options = Array.prototype.slice.call(list.children);
        (surface.closest('.ql-container') || surface).insertAdjacentElement('afterend', list);
        surface.setAttribute('aria-autocomplete', 'list');
        surface.setAttribute('aria-controls', list.id);
        surface.setAttribute('aria-expanded', 'true');
        move(0);
    }

    function suggest(target, text) {
        var mine = ++asked;
        fetch(contextPath() + '/members/mentions?q=' + encodeURIComponent(text), {credentials: 'same-origin'})
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (members) {
                var fragment = fragmentAtCaret();
                if (mine === asked && fragment && fragment.text === text) {
                    show(target, members);
                }
            })
            .catch(close);
    }

    document.addEventListener('input', function (event) {
        var target = event.target.closest ? event.target.closest('.ql-editor') : null;
        if (!target) {
            return;
        }
        clearTimeout(timer);
        var fragment = fragmentAtCaret();
        if (!fragment) {
            close();
            return;
        }
        timer = setTimeout(function () {
            suggest(target, fragment.text);
        }, 150);
    }, true);

    // Capture phase: the list's keys must not reach the editor (Enter would start a new paragraph).
    document.addEventListener('keydown', function (event) {
        if (!list || !surface || !surface.contains(event.target)) {
            return;
        }
        var handled = true;
        if (event.key === 'ArrowDown') {
            move(active + 1);
        } else if (event.key === 'ArrowUp') {
            move(active - 1);
        } else if (event.key === 'Enter' || event.key === 'Tab') {
            choose(active);
        } else if (event.key === 'Escape') {
            close();
        } else {
            handled = false;
        }
        if (handled) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);

    document.addEventListener('focusout', function (event) {
        if (surface && event.target === surface) {
            close();
        }
    });
})();

/*
 * An ajax request that fails on the server (a draft save, a like) must not take the member away from the page.
 * PrimeFaces would load the web.xml error page, which lives under WEB-INF, so the browser would show "Page not
 * found" and whatever was being typed would be gone. Say what happened in the page's message region instead;
 * the text stays where it is.
 */
(function () {
    'use strict';

    function show(text) {
        var region = document.getElementById('globalMessages');
        if (!region) {
            return;
        }
        var box = document.createElement('div');
        box.className = 'ui-messages-error';
        var icon = document.createElement('span');
        icon.className = 'pi pi-times-circle';
        icon.setAttribute('aria-hidden', 'true');
        var message = document.createElement('p');
        message.textContent = text;
        box.appendChild(icon);
        box.appendChild(message);
        region.setAttribute('role', 'alert');
        region.replaceChildren(box);
    }

    if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Utils) {
        PrimeFaces.ajax.Utils.handleError = function (errorName) {
            show(errorName && errorName.indexOf('ViewExpiredException') >= 0
                ? 'This page has expired, so what you just did was not saved. Copy any text you typed, then'
                    + ' reload the page.'
                : 'Something went wrong on the forum and what you just did was not saved. Your text is still'
                    + ' here: try again in a moment.');
        };
    }
})();

/*
 * Pressing a form's submit button takes the focus out of the editor, and the editor's "blur" (or a keystroke's
 * delayed "keyup") saves the draft by ajax. That save would race the form's own post: its answer can arrive after
 * the post's redirect and wipe the message that says the post was made. So once a submit button is being
 * pressed, the form's typing-driven ajax requests are not sent (the post carries the same text anyway).
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Request) {
        return;
    }

    function pressing(event) {
        var button = event.target.closest ? event.target.closest('button[type=submit], input[type=submit]') : null;
        var form = button && button.form;
        if (!form) {
            return;
        }
        form.dataset.sending = 'true';
        setTimeout(function () {
            if (form.dataset.submitting !== 'true') {
                delete form.dataset.sending; // pressed, but not let go on the button: nothing was sent
            }
        }, 1500);
    }

    document.addEventListener('mousedown', pressing, true);
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
            pressing(event);
        }
    }, true);

    var send = PrimeFaces.ajax.Request.send;
    PrimeFaces.ajax.Request.send = function (cfg) {
        var source = typeof cfg.source === 'string' ? document.getElementById(cfg.source) : cfg.source;
        var form = source && source.closest ? source.closest('form') : null;
        if (form && (cfg.event === 'blur' || cfg.event === 'keyup')
                && (form.dataset.sending === 'true' || form.dataset.submitting === 'true')) {
            cfg.onstart = function () {
                return false; // PrimeFaces drops the request and moves its queue on
            };
        }
        return send.apply(this, arguments);
    };
})();
