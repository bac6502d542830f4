package dev.recast.ingest;

import dev.recast.InputFolder;
import dev.recast.InvalidFieldException;
import dev.recast.LocatedJson;
import dev.recast.RecastException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a show says of itself: {@code show.json} in a show folder, or the same fields in a lone
 * episode's {@code episode.json}. Every field is optional; each one given is checked, and an error
 * points at its value ({@code show.json:5:17: …}).
 */
public final class ShowReader {

    public static final String FILE = "show.json";

    // Something, an @, a domain with a dot: enough to catch a name or a URL given as the email.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ShowReader() {
    }

    /** Whether {@code input} is a show folder: one holding {@code show.json}. */
    public static boolean isShow(Path input) {
        return Files.isDirectory(input) && Files.isRegularFile(input.resolve(FILE));
    }

    /** The show of the show folder {@code folder}, untitled ones named after the folder. */
    public static ShowInfo read(Path folder) throws RecastException {
        InputFolder input = InputFolder.of(folder);
        Path file = folder.resolve(FILE);
        String name = folder.toAbsolutePath().normalize().getFileName() == null ? "Show"
                : EpisodeReader.humanize(EpisodeReader.baseName(folder.toAbsolutePath().normalize()));
        return LocatedJson.read(bytes(input, file), file.toString(), ShowManifest.class,
                manifest -> build(manifest, name, folder, input));
    }

    /**
     * The show a lone episode stands for: the show fields of its {@code episode.json}, titled,
     * authored and described as the episode; every other field at its default when there is none.
     */
    public static ShowInfo forEpisode(Optional<Path> input, EpisodeSource episode) throws RecastException {
        Optional<String> author = Optional.ofNullable(episode.author());
        if (input.isEmpty() || !Files.isDirectory(input.get())
                || !Files.isRegularFile(input.get().resolve(EpisodeReader.MANIFEST))) {
            return ShowInfo.of(episode.title(), author);
        }
        Path folder = input.get();
        InputFolder inputFolder = InputFolder.of(folder);
        Path file = folder.resolve(EpisodeReader.MANIFEST);
        return LocatedJson.read(bytes(inputFolder, file), file.toString(), EpisodeManifest.class,
                manifest -> build(manifest.show(episode.title(), episode.author(), episode.description()),
                        episode.title(), folder, inputFolder));
    }

    private static byte[] bytes(InputFolder folder, Path file) throws RecastException {
        Path real = folder.confine(file);
        try {
            return Files.readAllBytes(real);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The show the fields say, each checked; {@code folder} is where the file lies, for the cover. */
    private static ShowInfo build(ShowManifest fields, String defaultTitle, Path folder, InputFolder input) {
        String title = given(fields.title()).orElse(defaultTitle);
        return new ShowInfo(title, given(fields.author()), owner(fields.owner()), given(fields.description()),
                language(fields.language()), categories(fields.categories()),
                fields.explicit() != null && fields.explicit(), cover(fields.cover(), folder, input),
                link(fields.link()), given(fields.copyright()), type(fields.type()));
    }

    private static Optional<String> given(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Optional<ShowInfo.Owner> owner(ShowManifest.Owner owner) {
        if (owner == null) {
            return Optional.empty();
        }
        Optional<String> email = given(owner.email());
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            throw new InvalidFieldException("\"" + email.get() + "\" is not an email address", "owner", "email");
        }
        String name = given(owner.name())
                .orElseThrow(() -> new InvalidFieldException("the owner has no \"name\"", "owner"));
        return Optional.of(new ShowInfo.Owner(name, email));
    }

    /** A well-formed BCP 47 tag with a language, e.g. {@code en}, {@code en-GB}, {@code pt-BR}. */
    private static String language(String tag) {
        if (tag == null) {
            return ShowInfo.DEFAULT_LANGUAGE;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (!locale.getLanguage().isEmpty()) {
                return tag.strip();
            }
        } catch (IllformedLocaleException e) {
            // said below, with what works
        }
        throw new InvalidFieldException("\"" + tag + "\" is not a language tag (BCP 47), such as en, en-GB or pt-BR",
                "language");
    }

    private static List<ShowInfo.Category> categories(List<String> written) {
        if (written == null) {
            return List.of();
        }
        try {
            return written.stream().map(category -> AppleCategories.parse(String.valueOf(category))).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(e.getMessage(), "categories");
        }
    }

    /** The cover file, named relative to the JSON file: it must be there, inside the input folder. */
    private static Optional<Path> cover(String written, Path folder, InputFolder input) {
        if (written == null) {
            return Optional.empty();
        }
        Path cover = folder.resolve(written.strip());
        if (written.isBlank() || !Files.isRegularFile(cover)) {
            throw new InvalidFieldException("the cover \"" + written + "\" is not a file (it is named relative to the"
                    + " file naming it)", "cover");
        }
        if (!input.holds(cover)) {
            throw new InvalidFieldException("the cover \"" + written + "\" lies outside the input folder", "cover");
        }
        return Optional.of(cover);
    }

    /** An absolute http(s) URL, as directories link to. */
    private static Optional<String> link(String written) {
        if (written == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(written.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(written.strip());
            }
        } catch (URISyntaxException e) {
            // said below, with what works
        }
        throw new InvalidFieldException("\"" + written + "\" is not an absolute http or https URL, such as"
                + " https://example.com", "link");
    }

    private static ShowInfo.Type type(String written) {
        if (written == null) {
            return ShowInfo.Type.EPISODIC;
        }
        for (ShowInfo.Type type : ShowInfo.Type.values()) {
            if (type.id().equals(written.strip())) {
                return type;
            }
        }
        throw new InvalidFieldException("\"type\" is \"episodic\" (newest first) or \"serial\" (in order), not \""
                + written + "\"", "type");
    }
}
