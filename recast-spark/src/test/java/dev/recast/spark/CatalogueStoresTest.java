package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.api.java.JavaSparkContext;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job against an S3 server (s3proxy, in memory) and an HDFS cluster (Hadoop's mini cluster),
 * both in this JVM: the site and the shared cache on them, a second run over the same catalogue
 * into a new site taking every utterance from the shared cache, and a damaged cache entry never
 * stitched in.
 */
class CatalogueStoresTest {

    @TempDir
    static Path dir;
    private static Path show;
    private static Map<String, byte[]> cli;
    private static BlobStoreContext blobs;
    private static S3Proxy s3;
    private static Map<String, String> s3Settings;

    @BeforeAll
    static void start() throws Exception {
        show = Catalogue.show(dir);
        Catalogue.renderWithCli(show, dir.resolve("cli"), dir.resolve("cli-cache"));
        cli = Catalogue.files(dir.resolve("cli"));
        blobs = ContextBuilder.newBuilder("transient").credentials("access", "secret").overrides(new Properties())
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret").build();
        s3.start();
        while (!AbstractLifeCycle.STARTED.equals(s3.getState())) {
            Thread.sleep(1);
        }
        blobs.getBlobStore().createContainerInLocation(null, "bucket");
        s3Settings = Map.of("fs.s3a.endpoint", "http://127.0.0.1:" + s3.getPort(),
                "fs.s3a.endpoint.region", "us-east-1", "fs.s3a.path.style.access", "true",
                "fs.s3a.connection.ssl.enabled", "false", "fs.s3a.access.key", "access", "fs.s3a.secret.key", "secret",
                "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
                // s3proxy refuses the SDK's checksum header on a multi-object delete.
                "fs.s3a.multiobjectdelete.enable", "false");
    }

    @AfterAll
    static void stop() throws Exception {
        s3.stop();
        blobs.close();
    }

    @Test
    void onS3TheSecondRunSynthesizesNothingAndADamagedEntryIsMadeAgain() throws Exception {
        try (JavaSparkContext spark = Catalogue.spark("local[2]", s3Settings)) {
            FileSystem fs = FileSystem.get(URI.create("s3a://bucket/"), spark.hadoopConfiguration());
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(show.toUri()),
                    new org.apache.hadoop.fs.Path("s3a://bucket/show"));
            String showUri = "s3a://bucket/show/";

            CatalogueJob.Result first = run(spark, showUri, "s3a://bucket/site/", "s3a://bucket/cache/");
            assertEquals(0, hits(first), "the first run finds nothing in the cache");
            Catalogue.assertSameSite(cli, download(fs, "s3a://bucket/site/", "site"));

            CatalogueJob.Result again = CatalogueJob.run(spark, Catalogue.options(showUri, "s3a://bucket/site/",
                    "s3a://bucket/cache/"), (episode, file) -> { });
            again.episodes().forEach(episode -> assertEquals(EpisodeOutcome.Status.UP_TO_DATE, episode.status(),
                    episode.slug()));

            CatalogueJob.Result second = run(spark, showUri, "s3a://bucket/site-2/", "s3a://bucket/cache/");
            System.out.printf("s3: second run, %d of %d utterances from the shared cache%n", hits(second),
                    utterances(second));
            assertEquals(utterances(second), hits(second), "every utterance from the shared cache");
            Catalogue.assertSameSite(cli, download(fs, "s3a://bucket/site-2/", "site-2"));

            Map<org.apache.hadoop.fs.Path, byte[]> sound = new HashMap<>();
            for (org.apache.hadoop.fs.Path entry : clips(fs, "s3a://bucket/cache/")) {
                byte[] bytes = HadoopFiles.read(fs, entry, Long.MAX_VALUE).orElseThrow();
                sound.put(entry, bytes);
                byte[] damaged = bytes.clone();
                damaged[damaged.length / 2] ^= 0x40;
                HadoopFiles.write(fs, entry, damaged);
            }
            CatalogueJob.Result third = run(spark, showUri, "s3a://bucket/site-3/", "s3a://bucket/cache/");
            assertEquals(0, hits(third), "every damaged clip is synthesized again, none stitched in");
            Catalogue.assertSameSite(cli, download(fs, "s3a://bucket/site-3/", "site-3"));
            // What the render read and found damaged it puts back sound; an entry it only wrote (a
            // levelled clip it made anyway) is left to the next render that reads it.
            int restored = 0;
            for (Map.Entry<org.apache.hadoop.fs.Path, byte[]> entry : sound.entrySet()) {
                restored += Arrays.equals(entry.getValue(),
                        HadoopFiles.read(fs, entry.getKey(), Long.MAX_VALUE).orElseThrow()) ? 1 : 0;
            }
            assertTrue(restored >= utterances(third), restored + " of " + sound.size() + " put back");
        }
    }

    @Test
    void onHdfsTheSecondRunSynthesizesNothing() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        try {
            cluster.waitActive();
            String hdfs = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
            try (JavaSparkContext spark = Catalogue.spark("local[2]", Map.of())) {
                String showUri = show.toUri().toString();
                run(spark, showUri, hdfs + "/site/", hdfs + "/cache/");
                CatalogueJob.Result second = run(spark, showUri, hdfs + "/site-2/", hdfs + "/cache/");
                System.out.printf("hdfs: second run, %d of %d utterances from the shared cache%n", hits(second),
                        utterances(second));
                assertEquals(utterances(second), hits(second), "every utterance from the shared cache");
                FileSystem fs = FileSystem.get(URI.create(hdfs), spark.hadoopConfiguration());
                Catalogue.assertSameSite(cli, download(fs, hdfs + "/site-2/", "hdfs-site-2"));
            }
        } finally {
            cluster.shutdown(true);
        }
    }

    private static CatalogueJob.Result run(JavaSparkContext spark, String showUri, String site, String cache)
            throws Exception {
        CatalogueJob.Result result = CatalogueJob.run(spark, Catalogue.options(showUri, site, cache),
                (episode, file) -> { });
        result.episodes().forEach(episode -> assertTrue(episode.status() == EpisodeOutcome.Status.RENDERED,
                episode.slug() + ": " + episode.status() + " " + episode.error()));
        return result;
    }

    private static int hits(CatalogueJob.Result result) {
        return result.episodes().stream().mapToInt(EpisodeOutcome::cacheHits).sum();
    }

    private static int utterances(CatalogueJob.Result result) {
        return result.episodes().stream().mapToInt(EpisodeOutcome::utterances).sum();
    }

    private static Map<String, byte[]> download(FileSystem fs, String site, String name) throws Exception {
        Path local = dir.resolve("downloaded").resolve(name);
        Files.createDirectories(local.getParent());
        fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(site), new org.apache.hadoop.fs.Path(local.toUri()),
                true);
        return Catalogue.files(local);
    }

    /** The clips in the shared cache: synthesized utterances and levelled ones. */
    private static List<org.apache.hadoop.fs.Path> clips(FileSystem fs, String cache) throws Exception {
        List<org.apache.hadoop.fs.Path> clips = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(new org.apache.hadoop.fs.Path(cache), true);
        while (files.hasNext()) {
            FileStatus file = files.next();
            if (file.getPath().getName().endsWith(".clip")) {
                clips.add(file.getPath());
            }
        }
        assertTrue(clips.size() >= 10, clips.toString());
        return clips;
    }
}
