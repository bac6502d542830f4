package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.cli.ParseException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** A generated five-episode show, the CLI's render of it, and what the job's tests compare. */
final class Catalogue {

    static final String BASE_URL = "https://example.com/tides/";
    /** The file the job writes that a CLI render has not, besides hidden ones (the lock, the upload records). */
    static final Set<String> JOB_ONLY = Set.of(CatalogueReport.FILE);

    private Catalogue() {
    }

    /** Five short episodes, dated out of folder order, one undated; show.json without a cover, so one is drawn. */
    static Path show(Path dir) throws IOException {
        Path show = Files.createDirectories(dir.resolve("tides"));
        Files.writeString(show.resolve("show.json"), """
                { "title": "Tide Tables", "author": "Harbour Radio",
                  "owner": { "name": "Harbour Radio", "email": "editor@example.com" },
                  "description": "Short talks about tides.", "language": "en", "categories": ["Science"],
                  "explicit": false }
                """);
        String[][] episodes = {
            {"ep-1", "Spring tides", "2026-03-01", "Spring tides come twice a month. The sun and the moon pull together."},
            {"ep-2", "Neap tides", "2026-03-08", "Neap tides are the smallest. The pulls are at right angles."},
            {"ep-3", "Tide clocks", null, "A tide clock has one hand. It turns once in twelve hours and twenty five minutes."},
            {"ep-4", "Tide tables", "2026-02-20", "Ann: A table gives the times of high water.\nBo: And the heights, in metres."},
            {"ep-5", "Rips", "2026-03-15", "A rip current runs out to sea. Swim across it, not against it."},
        };
        for (String[] episode : episodes) {
            Path folder = Files.createDirectories(show.resolve(episode[0]));
            Files.writeString(folder.resolve("episode.json"), "{ \"title\": \"" + episode[1] + "\", \"description\": \"About "
                    + episode[1].toLowerCase() + ".\"" + (episode[2] == null ? "" : ", \"date\": \"" + episode[2] + "\"")
                    + " }\n");
            Files.writeString(folder.resolve("1.txt"), episode[3] + "\n");
        }
        return show;
    }

    /** Renders the show with the CLI, as a user would, into {@code out}. */
    static void renderWithCli(Path show, Path out, Path cache) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"render", show.toString(), "--output", out.toString(), "--cache",
            cache.toString(), "--base-url", BASE_URL}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    /** Every published file under {@code folder} by relative name (links followed, hidden names left out). */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getFileName().toString().startsWith(".")) {
                    files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Asserts the job's site holds the CLI's files byte for byte, and nothing else but its report. */
    static void assertSameSite(Map<String, byte[]> cli, Map<String, byte[]> job) {
        Map<String, byte[]> published = new TreeMap<>(job);
        JOB_ONLY.forEach(published::remove);
        assertEquals(cli.keySet(), published.keySet(), "the same files");
        cli.forEach((name, bytes) -> assertArrayEquals(bytes, published.get(name), name + " differs"));
    }

    /** The job's options as a user gives them: the show, the site, a shared cache or none, the base URL. */
    static CatalogueOptions options(String show, String output, String cache) {
        List<String> args = new ArrayList<>(List.of("--show", show, "--output", output, "--base-url", BASE_URL));
        if (cache != null) {
            args.addAll(List.of("--cache", cache));
        }
        try {
            return CatalogueOptions.parse(args.toArray(String[]::new));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    static CatalogueOptions options(Path show, String output, String cache) {
        return options(show.toUri().toString(), output, cache);
    }

    /** Spark in this JVM, as a test runs it: {@code master} such as {@code local[2]}. */
    static JavaSparkContext spark(String master) {
        return spark(master, Map.of());
    }

    /** As {@link #spark(String)}, with Hadoop settings (the file systems' addresses and keys). */
    static JavaSparkContext spark(String master, Map<String, String> hadoop) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("recast catalogue test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        hadoop.forEach((key, value) -> conf.set("spark.hadoop." + key, value));
        return new JavaSparkContext(conf);
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
