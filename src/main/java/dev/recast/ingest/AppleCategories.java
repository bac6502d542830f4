package dev.recast.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apple Podcasts' categories and their subcategories, as Apple lists them for {@code itunes:category}:
 * a feed naming any other is turned away.
 */
public final class AppleCategories {

    private static final Map<String, List<String>> CATEGORIES = categories();

    private AppleCategories() {
    }

    private static Map<String, List<String>> categories() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("Arts", List.of("Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"));
        all.put("Business", List.of("Careers", "Entrepreneurship", "Investing", "Management", "Marketing",
                "Non-Profit"));
        all.put("Comedy", List.of("Comedy Interviews", "Improv", "Stand-Up"));
        all.put("Education", List.of("Courses", "How To", "Language Learning", "Self-Improvement"));
        all.put("Fiction", List.of("Comedy Fiction", "Drama", "Science Fiction"));
        all.put("Government", List.of());
        all.put("History", List.of());
        all.put("Health & Fitness", List.of("Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition",
                "Sexuality"));
        all.put("Kids & Family", List.of("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"));
        all.put("Leisure", List.of("Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
                "Home & Garden", "Video Games"));
        all.put("Music", List.of("Music Commentary", "Music History", "Music Interviews"));
        all.put("News", List.of("Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
                "Sports News", "Tech News"));
        all.put("Religion & Spirituality", List.of("Buddhism", "Christianity", "Hinduism", "Islam", "Judaism",
                "Religion", "Spirituality"));
        all.put("Science", List.of("Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
                "Natural Sciences", "Nature", "Physics", "Social Sciences"));
        all.put("Society & Culture", List.of("Documentary", "Personal Journals", "Philosophy", "Places & Travel",
                "Relationships"));
        all.put("Sports", List.of("Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey",
                "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling"));
        all.put("Technology", List.of());
        all.put("True Crime", List.of());
        all.put("TV & Film", List.of("After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"));
        return Map.copyOf(all);
    }

    /**
     * The category {@code written} names, {@code "Category"} or {@code "Category/Subcategory"}, in
     * Apple's spelling (case is forgiven).
     *
     * @throws IllegalArgumentException saying what Apple lists instead
     */
    public static ShowInfo.Category parse(String written) {
        int slash = written.indexOf('/');
        String name = (slash < 0 ? written : written.substring(0, slash)).strip();
        String category = CATEGORIES.keySet().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + written + "\" is not one of Apple's categories ("
                        + String.join(", ", CATEGORIES.keySet().stream().sorted().toList()) + ")"));
        if (slash < 0) {
            return new ShowInfo.Category(category, Optional.empty());
        }
        String sub = written.substring(slash + 1).strip();
        List<String> subcategories = CATEGORIES.get(category);
        String subcategory = subcategories.stream().filter(known -> known.equalsIgnoreCase(sub)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + sub + "\" is not a subcategory of " + category
                        + (subcategories.isEmpty() ? ", which has none" : " (" + String.join(", ", subcategories) + ")")));
        return new ShowInfo.Category(category, Optional.of(subcategory));
    }
}
