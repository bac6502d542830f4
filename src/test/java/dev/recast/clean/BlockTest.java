package dev.recast.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each kind of block answers; the samples must cover every kind, so a new kind comes with its answers. */
class BlockTest {

    private static final Heading HEADING = new Heading("Tides", 1, 1);
    private static final Paragraph PARAGRAPH = new Paragraph("The sea rose.", "Ada", 2);
    private static final Quote QUOTE = new Quote("It rose again.", null, 3);
    private static final List<Block> ONE_OF_EACH_KIND = List.of(HEADING, PARAGRAPH, QUOTE);

    @Test
    void theSamplesCoverEveryKindOfBlock() {
        assertEquals(kinds(Block.class), ONE_OF_EACH_KIND.stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void eachKindTakesItsOwnCase() {
        assertEquals(List.of("heading", "paragraph", "quote"),
                answers(block -> block.match(h -> "heading", p -> "paragraph", q -> "quote")));
        assertEquals(List.of("heading", "running text", "running text"),
                answers(block -> block.match(h -> "heading", running -> "running text")));
    }

    @Test
    void onlyAHeadingIsAHeadingAndEveryOtherKindIsRunningText() {
        assertEquals(List.of(Optional.of(HEADING), Optional.empty(), Optional.empty()), answers(Block::asHeading));
        assertEquals(List.of(Optional.empty(), Optional.of(PARAGRAPH), Optional.of(QUOTE)),
                answers(Block::asRunningText));
    }

    private static List<Object> answers(Function<Block, Object> question) {
        return ONE_OF_EACH_KIND.stream().map(question).toList();
    }

    /** The records a sealed type finally permits, through any sealed interfaces between. */
    private static Set<Class<?>> kinds(Class<?> type) {
        if (!type.isSealed()) {
            return Set.of(type);
        }
        return Arrays.stream(type.getPermittedSubclasses()).flatMap(sub -> kinds(sub).stream())
                .collect(Collectors.toSet());
    }
}
