package dev.recast.publish;

/**
 * The stylesheet and script {@link EpisodePage} inlines, so the page loads nothing from
 * elsewhere; they rely only on the ids, class names and {@code data-} attributes the page writes.
 *
 * <p>Long because it is two files' text, the CSS and the script, each read top to bottom as a
 * file would be; it holds no logic of its own.
 */
final class PageAssets {

    /**
     * Light and dark colours, the masthead with its cover, the sticky player and its controls, the
     * two columns, the highlight of what is playing. What scrolls into view clears the player by
     * {@code --player-height}, which the script keeps equal to the player's height.
     */
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
            html { scroll-padding: calc(var(--player-height, 12rem) + 0.5rem) 0 2rem; }
            body {
              margin: 0 auto; max-width: 72rem; padding: 0 1rem 4rem;
              font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
              color: var(--text); background: var(--background);
            }
            h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 0.25rem; }
            h2 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
            .masthead { display: flex; gap: 1.25rem; align-items: flex-start; margin: 1.5rem 0 0.5rem; }
            .cover { flex: none; width: 9rem; height: auto; border-radius: 0.4rem; }
            .show { margin: 0 0 0.25rem; font-weight: 600; color: var(--accent); }
            .byline, .description, .show-description { color: var(--muted); margin: 0.25rem 0; }
            .show-description { font-size: 0.95rem; }
            .player {
              position: sticky; top: 0; z-index: 1; padding: 0.75rem 0 0.5rem;
              background: var(--background); border-bottom: 1px solid var(--panel);
            }
            audio { width: 100%; display: block; }
            .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; margin-top: 0.5rem; }
            .controls button, .controls select {
              font: inherit; font-size: 0.95rem; color: inherit; background: var(--panel); cursor: pointer;
              border: 1px solid var(--muted); border-radius: 0.3rem; padding: 0.2rem 0.7rem;
            }
            .speed { color: var(--muted); white-space: nowrap; }
            .speed select { color: var(--text); margin-left: 0.3rem; }
            .status { color: var(--muted); font-size: 0.9rem; }
            .download { margin-left: auto; color: var(--accent); }
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
            button:focus-visible, select:focus-visible, a:focus-visible, .u:focus-visible {
              outline: 3px solid var(--accent); outline-offset: 2px;
            }
            .transcript { max-width: 42rem; }
            .hint { color: var(--muted); font-size: 0.9rem; }
            .transcript h3, .transcript h4 { margin: 1.5rem 0 0.5rem; }
            .u { cursor: pointer; border-radius: 0.2rem; }
            .u:hover { text-decoration: underline; text-decoration-color: var(--muted); }
            .u[aria-current] { background: var(--highlight); box-shadow: 0 0 0 0.15rem var(--highlight); }
            .u .copy {
              display: none; margin-left: 0.4rem; padding: 0 0.45rem; vertical-align: 0.1em; cursor: pointer;
              font: 600 0.75rem/1.5 system-ui, sans-serif; letter-spacing: normal; text-transform: none;
              color: var(--accent); background: var(--background); border: 1px solid var(--accent); border-radius: 1rem;
            }
            .u[aria-current] .copy, .u:focus-within .copy { display: inline; }
            .copy-field { position: fixed; top: 0; left: -100rem; }
            .quote { font-style: italic; }
            .speaker { color: var(--muted); }
            @media (max-width: 48rem) {
              .columns { grid-template-columns: 1fr; gap: 0; }
              .cover { width: 6rem; }
              .overview { height: 3rem; }
            }
            """;

    /**
     * Seeks on a click on a chapter, an utterance, a mark or the overview, and on a {@code #t=}
     * address; skips, sets the speed, marks what the player's time is in, and makes the transcript
     * playable by keyboard with a "copy link" on each utterance. A page without an audio element
     * has nothing for it to do but keep the player's height.
     */
    static final String SCRIPT = """
            'use strict';
            (function () {
              var audio = document.getElementById('player');
              var player = document.querySelector('.player');
              var overview = document.getElementById('overview');
              var playhead = document.getElementById('playhead');
              var transcript = document.querySelector('.transcript');
              var status = document.getElementById('status');
              var speed = document.getElementById('speed');
              var duration = parseFloat(overview.dataset.duration);
              var utterances = Array.prototype.slice.call(document.querySelectorAll('.u'));
              var chapters = Array.prototype.slice.call(document.querySelectorAll('.chapter'));
              var startOf = function (element) { return parseFloat(element.dataset.start); };
              var utteranceStarts = utterances.map(startOf);
              var chapterStarts = chapters.map(startOf);
              // Half a millisecond of slack: a media element may read back a hair below the time it was set to.
              var SLACK = 0.0005;
              var current = { utterance: null, chapter: null };
              // The one utterance Tab reaches: the playing one, or the one the listener last moved to.
              var tabStop = null;

              function measurePlayer() {
                document.documentElement.style.setProperty('--player-height', player.offsetHeight + 'px');
              }
              measurePlayer();
              if (window.ResizeObserver) {
                new ResizeObserver(measurePlayer).observe(player);
              } else {
                window.addEventListener('resize', measurePlayer);
              }
              if (!audio) { return; }

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

              // Marks what t is in; scrolls the utterance into view when the listener is not just arriving at the top.
              function show(t, scroll) {
                var u = utterances[indexAt(utteranceStarts, t)] || null;
                if (mark('utterance', u) && u) {
                  if (scroll) { u.scrollIntoView({ block: 'nearest' }); }
                  if (!transcript.contains(document.activeElement)) { moveTabStop(u); }
                }
                mark('chapter', chapters[indexAt(chapterStarts, t)] || null);
                var x = duration > 0 ? Math.min(t / duration, 1) * 1000 : 0;
                playhead.setAttribute('x1', x);
                playhead.setAttribute('x2', x);
              }

              function seek(t) {
                t = Math.max(0, Math.min(t, duration));
                audio.currentTime = t;
                show(t, true);
              }

              function play(t) {
                seek(t);
                var started = audio.play();
                if (started) { started.catch(function () { say('Press play to listen'); }); }
              }

              var quiet = 0;
              function say(text) {
                status.textContent = text;
                clearTimeout(quiet);
                quiet = setTimeout(function () { status.textContent = ''; }, 4000);
              }

              function pad(n) { return n < 10 ? '0' + n : String(n); }

              // The data-start text as a clock, its fraction kept so a link lands on the utterance: 65.120 is 1:05.12.
              function clock(seconds) {
                var parts = seconds.split('.');
                var whole = parseInt(parts[0], 10);
                var fraction = (parts[1] || '').replace(/0+$/, '');
                var hours = Math.floor(whole / 3600), minutes = Math.floor(whole / 60) % 60;
                var text = (hours > 0 ? hours + ':' + pad(minutes) : minutes) + ':' + pad(whole % 60);
                return fraction ? text + '.' + fraction : text;
              }

              // #t=75, #t=1:15 or #t=1:01:15, fractions allowed; a media fragment's end (,90) is ignored.
              function hashTime() {
                var found = /^#t=(?:npt:)?((?:\\d+:){0,2}\\d+(?:\\.\\d+)?)(?:,.*)?$/.exec(location.hash);
                if (!found) { return null; }
                return found[1].split(':').reduce(function (sum, part) { return sum * 60 + parseFloat(part); }, 0);
              }

              function seekToHash() {
                var t = hashTime();
                if (t === null) { return; }
                if (audio.readyState >= 1) {
                  seek(t);
                } else {
                  show(t, true);
                  audio.addEventListener('loadedmetadata', function () { seek(t); }, { once: true });
                }
              }

              function copy(text) {
                if (navigator.clipboard && navigator.clipboard.writeText) {
                  navigator.clipboard.writeText(text).then(function () { say('Link copied'); },
                      function () { copyBySelection(text); });
                } else {
                  copyBySelection(text);
                }
              }

              // Where the Clipboard API is missing or refused (some file:// pages): copy a selection, else
              // offer the link to copy by hand.
              function copyBySelection(text) {
                var focused = document.activeElement;
                var field = document.createElement('textarea');
                field.className = 'copy-field';
                field.value = text;
                field.setAttribute('readonly', '');
                document.body.appendChild(field);
                field.select();
                var copied = false;
                try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
                field.remove();
                if (focused) { focused.focus(); }
                if (copied) { say('Link copied'); } else { window.prompt('Copy this link:', text); }
              }

              // The utterance and its copy button are reached by Tab together.
              function moveTabStop(u) {
                if (tabStop) {
                  tabStop.tabIndex = -1;
                  tabStop.querySelector('.copy').tabIndex = -1;
                }
                u.tabIndex = 0;
                u.querySelector('.copy').tabIndex = 0;
                tabStop = u;
              }

              utterances.forEach(function (u) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'copy';
                button.textContent = 'Copy link';
                button.setAttribute('aria-label', 'Copy link to ' + clock(u.dataset.start));
                button.tabIndex = -1;
                u.appendChild(button);
                u.tabIndex = -1;
              });
              document.getElementById('transcript-hint').hidden = false;

              function setSpeed() {
                audio.defaultPlaybackRate = parseFloat(speed.value);
                audio.playbackRate = audio.defaultPlaybackRate;
              }
              speed.addEventListener('change', setSpeed);
              setSpeed();
              // The browser's own controls may offer speeds too; the select follows them when it has the one chosen.
              audio.addEventListener('ratechange', function () {
                var chosen = String(audio.playbackRate);
                if (Array.prototype.some.call(speed.options, function (o) { return o.value === chosen; })) {
                  speed.value = chosen;
                }
              });

              audio.addEventListener('timeupdate', function () { show(audio.currentTime, true); });
              audio.addEventListener('seeked', function () { show(audio.currentTime, true); });
              window.addEventListener('hashchange', seekToHash);

              document.addEventListener('click', function (event) {
                var copyButton = event.target.closest('.copy');
                var skip = event.target.closest('.skip');
                var target = event.target.closest('.chapter, .u, .mark');
                if (copyButton) {
                  copy(location.href.split('#')[0] + '#t=' + clock(copyButton.parentNode.dataset.start));
                } else if (skip) {
                  seek(audio.currentTime + parseFloat(skip.dataset.skip));
                } else if (target) {
                  seek(startOf(target));
                } else if (event.target.closest('#overview')) {
                  var box = overview.getBoundingClientRect();
                  seek(Math.max(0, Math.min(1, (event.clientX - box.left) / box.width)) * duration);
                }
              });

              // On a focused utterance: Enter or Space plays from it, the arrows move to the next or previous one.
              transcript.addEventListener('keydown', function (event) {
                var u = event.target;
                var i = utterances.indexOf(u);
                if (i < 0 || event.altKey || event.ctrlKey || event.metaKey) { return; }
                var moves = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: utterances.length - 1 };
                if (event.key === 'Enter' || event.key === ' ') {
                  play(startOf(u));
                } else if (event.key in moves) {
                  var next = utterances[Math.max(0, Math.min(moves[event.key], utterances.length - 1))];
                  moveTabStop(next);
                  next.focus();
                } else {
                  return;
                }
                event.preventDefault();
              });
              transcript.addEventListener('focusin', function (event) {
                if (utterances.indexOf(event.target) >= 0) { moveTabStop(event.target); }
              });

              show(0, false);
              seekToHash();
            })();
            """;

    private PageAssets() {
    }
}
