package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar as a user submits it: {@code spark-submit --class dev.recast.spark.CatalogueJob
 * target/recast-spark.jar …}, in a JVM of its own with a Spark installation's class path (its
 * Jackson, its Hadoop) and nothing of the build's. Spark is {@code $SPARK_HOME} when set, else
 * the jars {@code src/it/spark/pom.xml} lists, in {@code target/spark-classpath.txt}.
 */
class SparkSubmitIT {

    @TempDir
    Path dir;

    /** The command that starts spark-submit, or a skip (a failure under RECAST_REQUIRE_TOOLS=1) without Spark. */
    private static List<String> sparkSubmit() throws IOException {
        String home = System.getenv("SPARK_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "spark-submit"))) {
            return new ArrayList<>(List.of(Path.of(home, "bin", "spark-submit").toString()));
        }
        Path classpath = Path.of("target", "spark-classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            String why = "no Spark installation: set SPARK_HOME, or run mvn -f src/it/spark/pom.xml"
                    + " dependency:build-classpath -Dmdep.outputFile=../../../target/spark-classpath.txt";
            if ("1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Files.readString(classpath).strip()));
        command.addAll(List.of(System.getProperty("recast.spark.jvmOptions", "").split("\\s+")));
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.removeIf(String::isBlank);
        return command;
    }

    private record Run(int code, String out, String err) {
    }

    private Run submit(String... jobArgs) throws Exception {
        List<String> command = sparkSubmit();
        command.addAll(List.of("--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--class", "dev.recast.spark.CatalogueJob", Path.of("target", "recast-spark.jar").toString()));
        command.addAll(List.of(jobArgs));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("spark-submit did not end in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSubmittedJarRendersTheShowAsTheCliDoes() throws Exception {
        Path show = Catalogue.show(dir);
        Catalogue.renderWithCli(show, dir.resolve("cli"), dir.resolve("cli-cache"));
        Path site = dir.resolve("site");
        Run run = submit("--show", show.toUri().toString(), "--output", site.toUri().toString(),
                "--cache", dir.resolve("shared-cache").toUri().toString(), "--base-url", Catalogue.BASE_URL);
        assertEquals(0, run.code(), run.err());
        assertEquals("ep-1: rendered\nep-2: rendered\nep-3: rendered\nep-4: rendered\nep-5: rendered\n", run.out());
        Catalogue.assertSameSite(Catalogue.files(dir.resolve("cli")), Catalogue.files(site));
    }

    @Test
    void badUsageIsOneLineAndExit2AndAFailedEpisodeExit1() throws Exception {
        Run usage = submit("--show", "file:///nowhere/", "--output", dir.resolve("site").toUri().toString(),
                "--format", "ogg");
        assertEquals(2, usage.code(), usage.err());
        assertTrue(usage.err().contains("recast: --format: "), usage.err());

        Path show = Files.createDirectories(dir.resolve("show"));
        Files.writeString(show.resolve("show.json"), "{ \"title\": \"Broken\" }\n");
        Files.createDirectories(show.resolve("ep-1"));
        Files.writeString(show.resolve("ep-1").resolve("1.txt"), "A sound episode.\n");
        Files.createDirectories(show.resolve("ep-2"));
        Files.writeString(show.resolve("ep-2").resolve("episode.json"), "{ \"title\": ");
        Files.writeString(show.resolve("ep-2").resolve("1.txt"), "An episode with a broken manifest.\n");
        Run failed = submit("--show", show.toUri().toString(), "--output", dir.resolve("site").toUri().toString(),
                "--format", "mp3,feed");
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.out().startsWith("ep-1: rendered\nep-2: failed: recast: file:"), failed.out());
        assertFalse(failed.err().contains("\tat dev.recast"), "no stack trace without --debug");
    }
}
