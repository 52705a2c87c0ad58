package com.scoredesk.ui.workbench;

import com.vaadin.flow.component.Component;
import java.time.Instant;

/**
 * The little browser code of the workbench, run with {@code executeJs} (no JS module, so no frontend bundle rebuild):
 * a timer that ticks every deadline countdown in the page, and the keyboard shortcuts. Shortcuts never fire while
 * the user types in a field or composes with an IME ({@code event.isComposing}); only Ctrl+Enter (send) works in a
 * field, and {@code /} opens the template picker from an empty reply box. A recognised key is sent to the server as a
 * {@code wb-key} DOM event on the view. Both stop by themselves once the view has left the page.
 */
final class WorkbenchScript {

    static final String KEY_EVENT = "wb-key";

    private static final String INSTALL =
            """
            const view = this;
            if (view.__wbKeys) { return; }
            const offset = $0 - Date.now();
            const labels = {left: $1, over: $2, days: $3, capped: $4};
            if (!document.getElementById('wb-style')) {
              const style = document.createElement('style');
              style.id = 'wb-style';
              style.textContent = `
                .wb-countdown { font-variant-numeric: tabular-nums; }
                .wb-countdown:empty::before { content: attr(data-initial); }
                .wb-countdown[data-state=over] { color: var(--lumo-error-text-color); font-weight: 600; }
                .wb-countdown[data-state=soon] { color: var(--lumo-warning-text-color, #b25e00); }
                .wb-countdown[data-state=capped] { color: var(--lumo-secondary-text-color); }
                vaadin-grid::part(wb-cursor) { background: var(--lumo-primary-color-10pct); }
                vaadin-grid::part(wb-done) { color: var(--lumo-disabled-text-color); }
                vaadin-grid::part(wb-impact) { font-variant-numeric: tabular-nums; font-weight: 600; }`;
              document.head.appendChild(style);
            }
            const two = n => String(n).padStart(2, '0');
            const span = ms => {
              const s = Math.floor(ms / 1000), d = Math.floor(s / 86400);
              if (d > 0) { return labels.days.replace('{0}', d).replace('{1}', Math.floor((s % 86400) / 3600)); }
              const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
              return h > 0 ? h + ':' + two(m) + ':' + two(sec) : two(m) + ':' + two(sec);
            };
            const tick = () => {
              if (!view.isConnected) {
                clearInterval(view.__wbTimer);
                document.removeEventListener('keydown', view.__wbKeys, true);
                view.__wbKeys = null;
                return;
              }
              const now = Date.now() + offset;
              document.querySelectorAll('.wb-countdown').forEach(el => {
                const deadline = Number(el.dataset.deadline);
                if (!deadline) { return; }
                const cap = Number(el.dataset.cap || 0);
                const left = deadline - now;
                let text, state;
                if (left >= 0) {
                  text = labels.left.replace('{0}', span(left)); state = left < 3600000 ? 'soon' : 'ok';
                } else if (cap && now >= cap) {
                  text = labels.capped; state = 'capped';
                } else {
                  text = labels.over.replace('{0}', span(-left)); state = 'over';
                }
                if (el.textContent !== text) { el.textContent = text; }
                if (el.dataset.state !== state) { el.dataset.state = state; }
              });
            };
            const typing = e => e.composedPath().some(n => n instanceof HTMLElement
                && (n.tagName === 'INPUT' || n.tagName === 'TEXTAREA' || n.isContentEditable));
            const replyBox = e => e.composedPath().some(n => n instanceof HTMLElement && n.id === 'wb-reply');
            view.__wbKeys = e => {
              if (e.isComposing || e.keyCode === 229 || !view.isConnected) { return; }
              let key = null;
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                key = 'send';
              } else if (e.key === '/' && replyBox(e) && !e.target.value) {
                key = 'template';
              } else if (typing(e) || e.ctrlKey || e.metaKey || e.altKey
                  || document.querySelector('vaadin-dialog[opened]')) {
                return;
              } else if (e.key === 'j' || e.key === 'ArrowDown') { key = 'next';
              } else if (e.key === 'k' || e.key === 'ArrowUp') { key = 'previous';
              } else if (e.key === 'Enter') { key = 'open';
              } else if (e.key === 'c') { key = 'claim';
              } else if (e.key === 't' || e.key === '/') { key = 'template';
              } else if (e.key === '?') { key = 'help';
              }
              if (!key) { return; }
              e.preventDefault();
              e.stopPropagation();
              view.dispatchEvent(new CustomEvent('wb-key', {detail: {key: key}}));
            };
            document.addEventListener('keydown', view.__wbKeys, true);
            view.__wbTimer = setInterval(tick, 500);
            tick();""";

    private WorkbenchScript() {}

    /** Starts the countdown timer and the shortcuts on {@code view}'s page, with the server's clock. */
    static void install(Component view, Instant serverNow) {
        view.getElement()
                .executeJs(
                        INSTALL,
                        serverNow.toEpochMilli(),
                        view.getTranslation("wb.countdown.left", "{0}"),
                        view.getTranslation("wb.countdown.over", "{0}"),
                        view.getTranslation("wb.countdown.days", "{0}", "{1}"),
                        view.getTranslation("wb.countdown.capped"));
    }
}
