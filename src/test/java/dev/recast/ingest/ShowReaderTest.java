package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowReaderTest {

    @TempDir
    Path dir;

    private Path show(String json) throws Exception {
        Path show = Files.createDirectories(dir.resolve("sound-at-sea"));
        Files.writeString(show.resolve("show.json"), json);
        return show;
    }

    @Test
    void theIssuesExampleIsReadFieldByField() throws Exception {
        Path show = show("""
                { "title": "Sound at Sea", "author": "Harbour Radio",
                  "owner": { "name": "Harbour Radio", "email": "editor@example.com" },
                  "description": "Talks about fog signals and the sea.", "language": "en-GB",
                  "categories": ["History", "Society & Culture/Documentary"], "explicit": false,
                  "cover": "cover.png", "link": "https://example.com", "copyright": "© 2026 Harbour Radio",
                  "type": "episodic" }
                """);
        Files.write(show.resolve("cover.png"), new byte[] {1});
        ShowInfo info = ShowReader.read(show);
        assertEquals(new ShowInfo("Sound at Sea", Optional.of("Harbour Radio"),
                Optional.of(new ShowInfo.Owner("Harbour Radio", Optional.of("editor@example.com"))),
                Optional.of("Talks about fog signals and the sea."), "en-GB",
                List.of(new ShowInfo.Category("History", Optional.empty()),
                        new ShowInfo.Category("Society & Culture", Optional.of("Documentary"))),
                false, Optional.of(show.resolve("cover.png")), Optional.of("https://example.com"),
                Optional.of("© 2026 Harbour Radio"), ShowInfo.Type.EPISODIC), info);
        assertTrue(ShowReader.isShow(show));
        assertFalse(ShowReader.isShow(dir));
    }

    @Test
    void everyFieldMayBeLeftOutAndTheFolderNamesTheShow() throws Exception {
        ShowInfo info = ShowReader.read(show("{}"));
        assertEquals(ShowInfo.of("Sound at sea", Optional.empty()), info);
        assertEquals("en", info.language());
        assertEquals(ShowInfo.Type.EPISODIC, info.type());
    }

    @Test
    void categoriesAreApplesInApplesSpellingCaseForgiven() {
        assertEquals(new ShowInfo.Category("TV & Film", Optional.of("After Shows")),
                AppleCategories.parse("tv & film/after shows"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> AppleCategories.parse("Podcasts"));
        assertTrue(unknown.getMessage().startsWith("\"Podcasts\" is not one of Apple's categories (Arts, Business"),
                unknown.getMessage());
        IllegalArgumentException sub = assertThrows(IllegalArgumentException.class,
                () -> AppleCategories.parse("History/Ancient"));
        assertEquals("\"Ancient\" is not a subcategory of History, which has none", sub.getMessage());
    }

    /** Each bad value is told at its place in the file, as the other JSON files' errors are. */
    @Test
    void aBadValueIsToldWhereItStands() throws Exception {
        assertError("{\n  \"language\": \"english!\"\n}", ":2:15: \"english!\" is not a language tag (BCP 47),"
                + " such as en, en-GB or pt-BR");
        assertError("{\n  \"categories\": [\"History\", \"Cooking\"]\n}",
                ":2:17: \"Cooking\" is not one of Apple's categories (");
        assertError("{ \"owner\": { \"name\": \"Ann\", \"email\": \"ann at example\" } }",
                ":1:38: \"ann at example\" is not an email address");
        assertError("{ \"owner\": { \"email\": \"ann@example.com\" } }", ":1:12: the owner has no \"name\"");
        assertError("{ \"explicit\": \"no\" }", ":1:15: \"explicit\" should be true or false, not text");
        assertError("{ \"type\": \"weekly\" }",
                ":1:11: \"type\" is \"episodic\" (newest first) or \"serial\" (in order), not \"weekly\"");
        assertError("{ \"link\": \"example.com\" }",
                ":1:11: \"example.com\" is not an absolute http or https URL, such as https://example.com");
        assertError("{ \"cover\": \"missing.png\" }",
                ":1:12: the cover \"missing.png\" is not a file (it is named relative to the file naming it)");
        assertError("{ \"voices\": {} }", ":1:3: unknown field \"voices\" (known: author, categories, copyright,"
                + " cover, description, explicit, language, link, owner, title, type)");
    }

    @Test
    void aCoverOutsideTheInputFolderIsRefused() throws Exception {
        Files.write(dir.resolve("elsewhere.png"), new byte[] {1});
        assertError("{ \"cover\": \"../elsewhere.png\" }",
                ":1:12: the cover \"../elsewhere.png\" lies outside the input folder");
    }

    private void assertError(String json, String expected) throws Exception {
        Path show = show(json);
        RecastException error = assertThrows(RecastException.class, () -> ShowReader.read(show));
        String said = error.location() + ": " + error.getMessage();
        assertTrue(said.startsWith(show.resolve("show.json") + expected), json + "\n" + said);
        assertEquals(RecastException.Kind.INPUT, error.kind());
    }

    @Test
    void aLoneEpisodeGivesTheShowFieldsInItsEpisodeJson() throws Exception {
        Path episode = Files.createDirectories(dir.resolve("fog"));
        Files.writeString(episode.resolve("1.txt"), "The fog horn sounds.\n");
        Files.writeString(episode.resolve("episode.json"), """
                { "title": "Fog signals", "author": "Ann", "description": "About fog.",
                  "language": "fr", "categories": ["History"], "explicit": true, "type": "serial",
                  "owner": { "name": "Ann" }, "link": "https://example.com/fog", "copyright": "CC BY" }
                """);
        EpisodeSource source = new EpisodeReader().read(episode);
        ShowInfo info = ShowReader.forEpisode(Optional.of(episode), source);
        assertEquals(new ShowInfo("Fog signals", Optional.of("Ann"),
                Optional.of(new ShowInfo.Owner("Ann", Optional.empty())), Optional.of("About fog."), "fr",
                List.of(new ShowInfo.Category("History", Optional.empty())), true, Optional.empty(),
                Optional.of("https://example.com/fog"), Optional.of("CC BY"), ShowInfo.Type.SERIAL), info);

        Files.writeString(episode.resolve("episode.json"), "{ \"title\": \"Fog\",\n  \"language\": \"??\" }");
        RecastException error = assertThrows(RecastException.class,
                () -> ShowReader.forEpisode(Optional.of(episode), new EpisodeReader().read(episode)));
        assertEquals(episode.resolve("episode.json") + ":2:15", error.location());

        Files.delete(episode.resolve("episode.json"));
        assertEquals(ShowInfo.of("Fog", Optional.empty()), ShowReader.forEpisode(Optional.of(episode),
                new EpisodeSource("Fog", TitleOrigin.MANIFEST, null, "fog", null, source.sections())));
    }
}
