package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.describeRemovals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read through another code page: repaired when the bytes survive, removed when they do not. */
class MisdecodedTextTest {

    static Stream<Arguments> repairs() {
        return Stream.of(
                arguments("Their guide didnâ€™t wait.", "Their guide didn’t wait."),
                arguments("The cafÃ© opened at dawn.", "The café opened at dawn."),
                arguments("A naÃ¯ve rÃ©sumÃ© helps.", "A naïve résumé helps."),
                // The closing quote's last byte is undefined in windows-1252 and came through as U+009D.
                arguments("He said â€œgo nowâ€\u009D and left.", "He said “go now” and left."),
                arguments("ðŸŽ¤ Live from the studio.", "🎤 Live from the studio."),
                // The same é, read through windows-874.
                arguments("The cafรฉ opened at dawn.", "The café opened at dawn."),
                // A genuine accented letter on the line is no evidence for a run that is no word.
                arguments("The café keeperâ€™s lamp.", "The café keeper’s lamp."),
                arguments("Ünïcödé: donâ€™t, cafÃ©.", "Ünïcödé: don’t, café."));
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                // 🎤 through windows-874, its two undefined bytes dropped or replaced.
                arguments("๐ค Live from the studio.", "Live from the studio.", List.of("MISDECODED ๐ค")),
                arguments("๐\uFFFD\uFFFDค Live from the studio.", "Live from the studio.",
                        List.of("MISDECODED ๐\uFFFD\uFFFDค")),
                // Curly quotes through windows-874, their last byte lost.
                arguments("She said โ€yesโ€ twice.", "She said yes twice.", List.of("MISDECODED โ€", "MISDECODED โ€")),
                arguments("The story ended withâ€ nothing more.", "The story ended with nothing more.",
                        List.of("MISDECODED â€")),
                arguments("The harbour\uFFFD\uFFFD froze.", "The harbour froze.", List.of("MISDECODED \uFFFD\uFFFD")),
                // A broken run beside a whole one: the whole one is still repaired, not cut short.
                arguments("â€ Then she didnâ€™t.", "Then she didn’t.", List.of("MISDECODED â€")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void repairsTextWhoseBytesRoundTrip(String line, String repaired) {
        Section section = clean(line);

        assertEquals(List.of("P " + repaired), describeBlocks(section));
        assertEquals(List.of(), section.removals());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void removesTheRunThatCannotBeRepairedAndKeepsTheText(String line, String kept, List<String> removed) {
        Section section = clean(line);

        assertEquals(List.of("P " + kept), describeBlocks(section));
        assertEquals(removed, describeRemovals(section));
    }

    @ParameterizedTest
    @ValueSource(strings = {"๐ค", "\uFFFD\uFFFD.", " ๐ค  "})
    void removesALineWithNothingElseInIt(String line) {
        Section section = clean(line);

        assertEquals(List.of(), section.blocks());
        assertEquals(List.of(new Removal(1, line, RemovalReason.MISDECODED)), section.removals());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Café crème, über alles — “smart quotes” and ‘single’ ones…",
        "Der Gruß „Grüß Gott“ bleibt, und „Gruß“ auch.",
        "Þór og Sæunn fóru heim með bók.",
        "สวัสดีครับ วันนี้อากาศดีมาก",
        "เขามา ๒คน เมื่อวาน",
        "The Thai word รัก means love.",
        "日本語のテキストです。",
        "It costs €5 for a coffee, or £4 — Ünïcödé ßtraße.",
        "A real emoji 🎤 stays.",
    })
    void leavesRealTextAlone(String line) {
        Section section = clean(line);

        assertEquals(List.of("P " + line.strip()), describeBlocks(section));
        assertEquals(List.of(), section.removals());
    }
}
