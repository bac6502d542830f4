package dev.recast.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a podcast directory shows of the show an episode belongs to: from {@code show.json} beside
 * the episodes, or the same fields in a lone episode's {@code episode.json}. Every field but the
 * title may be left out.
 *
 * @param title the show's name
 * @param author who makes the show
 * @param owner whom the directories write to about it
 * @param description a sentence or two about the show
 * @param language the show's language as a BCP 47 tag, e.g. {@code en-GB}
 * @param categories Apple Podcasts categories, each with an optional subcategory
 * @param explicit whether the show is marked explicit
 * @param cover the user's cover image, a file inside the input folder; empty for a generated one
 * @param link the show's web site
 * @param copyright the copyright line
 * @param type whether episodes are heard newest first or in order
 */
public record ShowInfo(String title, Optional<String> author, Optional<Owner> owner, Optional<String> description,
        String language, List<Category> categories, boolean explicit, Optional<Path> cover, Optional<String> link,
        Optional<String> copyright, Type type) {

    public static final String DEFAULT_LANGUAGE = "en";

    /** Whom the directories write to about the show. */
    public record Owner(String name, Optional<String> email) {
        public Owner {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /** One of Apple's categories, e.g. {@code Society & Culture}, with one of its subcategories. */
    public record Category(String name, Optional<String> subcategory) {
        public Category {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(subcategory, "subcategory");
        }
    }

    /** Apple's {@code itunes:type}: episodic shows are heard newest first, serial ones in order. */
    public enum Type {
        EPISODIC, SERIAL;

        /** The feed's spelling. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ShowInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a show has a title");
        }
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        categories = List.copyOf(categories);
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(copyright, "copyright");
        Objects.requireNonNull(type, "type");
    }

    /** A show known only by a title and an author: every other field at its default. */
    public static ShowInfo of(String title, Optional<String> author) {
        return new ShowInfo(title, author, Optional.empty(), Optional.empty(), DEFAULT_LANGUAGE, List.of(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Type.EPISODIC);
    }
}
