package dev.recast.publish;

/**
 * The stylesheet and script {@link EpisodePage} inlines, so the page loads nothing from
 * elsewhere; they rely only on the ids, class names and {@code data-} attributes the page writes.
 */
final class PageAssets {

    /** Light and dark colours, the sticky player, the two columns, the highlight of what is playing. */
    static final String STYLE = """
            :root {
              color-scheme: light dark;
              --text: #1d1f21; --muted: #5c6166; --background: #fdfdfb; --panel: #f1f2ee;
              --accent: #1f5fa8; --highlight: #fff0b3; --wave: #9db4cf; --wave-core: #4a76a8;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --text: #e6e6e3; --muted: #a3a8ad; --background: #16181a; --panel: #222528;
                --accent: #8cbcf0; --highlight: #4d4120; --wave: #3d5570; --wave-core: #7fa6d1;
              }
            }
            * { box-sizing: border-box; }
            body {
              margin: 0 auto; max-width: 72rem; padding: 0 1rem 4rem;
              font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
              color: var(--text); background: var(--background);
            }
            h1 { font-size: 1.8rem; line-height: 1.2; margin: 1.5rem 0 0.25rem; }
            h2 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
            .byline, .description { color: var(--muted); margin: 0.25rem 0; }
            .player {
              position: sticky; top: 0; z-index: 1; padding: 0.75rem 0 0.5rem;
              background: var(--background); border-bottom: 1px solid var(--panel);
            }
            audio { width: 100%; display: block; }
            .overview { display: block; width: 100%; height: 4.5rem; margin-top: 0.5rem; cursor: pointer;
              background: var(--panel); border-radius: 0.25rem; }
            .overview .peak { fill: var(--wave); }
            .overview .rms { fill: var(--wave-core); }
            .overview .mark line { stroke: var(--accent); stroke-width: 2px; vector-effect: non-scaling-stroke; }
            .overview .mark.level-2 line { stroke-dasharray: 4 3; }
            .overview .mark line.hit { stroke: transparent; stroke-width: 12px; }
            .overview .playhead { stroke: var(--text); stroke-width: 2px; vector-effect: non-scaling-stroke; }
            .columns { display: grid; grid-template-columns: minmax(14rem, 1fr) 3fr; gap: 2rem; }
            .chapters ol { list-style: none; margin: 0; padding: 0; }
            .chapters li.level-2 { padding-left: 1.25rem; }
            .chapter {
              display: flex; gap: 0.6rem; width: 100%; text-align: left; font: inherit; color: inherit;
              background: none; border: 0; border-radius: 0.25rem; padding: 0.3rem 0.5rem; cursor: pointer;
            }
            .chapter:hover { background: var(--panel); }
            .chapter[aria-current] { background: var(--panel); font-weight: 600; }
            .chapter .time { color: var(--muted); font-variant-numeric: tabular-nums; min-width: 3.2em; }
            button:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
            .transcript { max-width: 42rem; }
            .transcript h3, .transcript h4 { margin: 1.5rem 0 0.5rem; }
            .u { cursor: pointer; border-radius: 0.2rem; scroll-margin: 9rem 0 2rem; }
            .u:hover { text-decoration: underline; text-decoration-color: var(--muted); }
            .u[aria-current] { background: var(--highlight); box-shadow: 0 0 0 0.15rem var(--highlight); }
            .quote { font-style: italic; }
            .speaker { color: var(--muted); }
            @media (max-width: 48rem) {
              .columns { grid-template-columns: 1fr; gap: 0; }
            }
            """;

    /**
     * Seeks on a click on a chapter, an utterance, a mark or the overview, and marks what the
     * player's time is in; a page without an audio element has nothing for it to do.
     */
    static final String SCRIPT = """
            'use strict';
            (function () {
              var audio = document.getElementById('player');
              var overview = document.getElementById('overview');
              var playhead = document.getElementById('playhead');
              var duration = parseFloat(overview.dataset.duration);
              var utterances = Array.prototype.slice.call(document.querySelectorAll('.u'));
              var chapters = Array.prototype.slice.call(document.querySelectorAll('.chapter'));
              var startOf = function (element) { return parseFloat(element.dataset.start); };
              var utteranceStarts = utterances.map(startOf);
              var chapterStarts = chapters.map(startOf);
              // Half a millisecond of slack: a media element may read back a hair below the time it was set to.
              var SLACK = 0.0005;
              var current = { utterance: null, chapter: null };

              // The last index whose start is at or before t, or -1.
              function indexAt(starts, t) {
                var lo = 0, hi = starts.length - 1, found = -1;
                while (lo <= hi) {
                  var mid = (lo + hi) >> 1;
                  if (starts[mid] <= t + SLACK) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
                }
                return found;
              }

              function mark(kind, element) {
                if (current[kind] === element) { return false; }
                if (current[kind]) { current[kind].removeAttribute('aria-current'); }
                if (element) { element.setAttribute('aria-current', 'true'); }
                current[kind] = element;
                return true;
              }

              function show(t) {
                var u = utterances[indexAt(utteranceStarts, t)] || null;
                if (mark('utterance', u) && u) { u.scrollIntoView({ block: 'nearest' }); }
                mark('chapter', chapters[indexAt(chapterStarts, t)] || null);
                var x = duration > 0 ? Math.min(t / duration, 1) * 1000 : 0;
                playhead.setAttribute('x1', x);
                playhead.setAttribute('x2', x);
              }

              if (!audio) { return; }
              function seek(t) {
                audio.currentTime = t;
                show(t);
              }
              audio.addEventListener('timeupdate', function () { show(audio.currentTime); });
              audio.addEventListener('seeked', function () { show(audio.currentTime); });

              document.addEventListener('click', function (event) {
                var target = event.target.closest('.chapter, .u, .mark');
                if (target) {
                  seek(startOf(target));
                } else if (event.target.closest('#overview')) {
                  var box = overview.getBoundingClientRect();
                  seek(Math.max(0, Math.min(1, (event.clientX - box.left) / box.width)) * duration);
                }
              });
              show(0);
            })();
            """;

    private PageAssets() {
    }
}
