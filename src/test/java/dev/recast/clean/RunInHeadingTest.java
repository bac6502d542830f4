package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A heading and its first sentence on one line: the title ends where the sentence starts. */
class RunInHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Heading Introduction What sort of thing is a persona?       | #1 Introduction / What sort of thing is a persona?
            Subheading Background We trained the model twice.            | #2 Background / We trained the model twice.
            Heading Post-training as elicitation A common view holds.   | #1 Post-training as elicitation / A common view holds.
            Heading Why It Matters It is not obvious.                   | #1 Why It Matters / It is not obvious.
            Heading Why We Fail We often fail early.                    | #1 Why We Fail / We often fail early.
            Heading The Basics In practice, it works.                   | #1 The Basics / In practice, it works.
            Heading Notes on Style This is short!                       | #1 Notes on Style / This is short!
            Heading Asterisk asterisk Tides asterisk asterisk The sea rose. | #1 Tides / The sea rose.
            Heading Introduction                                        | #1 Introduction
            Heading How It Works.                                       | #1 How It Works
            Heading What is a persona?                                  | #1 What is a persona?
            Heading A Tale of Two Cities.                               | #1 A Tale of Two Cities
            Heading Tides rose and fell and we saw it all.              | #1 Tides rose and fell and we saw it all
            Heading Introduction. What sort of thing is a persona?      | #1 Introduction / What sort of thing is a persona?
            Heading introduction what sort of thing is it?             | P Heading introduction what sort of thing is it?
            Heading One Two Three Four Five Six Seven Eight Nine The end is near. | P One Two Three Four Five Six Seven Eight Nine The end is near.
            Heading Introduction Fog signals were the first warnings.   | #1 Introduction / Fog signals were the first warnings.
            Heading The Harbour Clock The clock was built in 1890.      | #1 The Harbour Clock / The clock was built in 1890.
            Heading Results Keepers found three bells.                  | #1 Results / Keepers found three bells.
            Heading 3. Methods Samples were taken at dawn.              | #1 3. Methods / Samples were taken at dawn.
            Heading Conclusion In short, the bells worked.              | #1 Conclusion / In short, the bells worked.
            Heading A Brief History of Tides The tides were measured.   | #1 A Brief History of Tides / The tides were measured.
            Heading How Sailors Read the Sky Most sailors looked west.  | #1 How Sailors Read the Sky / Most sailors looked west.
            Subheading Life in Paris today Paris is busy.               | #2 Life in Paris today / Paris is busy.
            Heading Early Days Fog signals were used In 1900 they changed. | #1 Early Days / Fog signals were used In 1900 they changed.
            Heading Acknowledgements Thanks to Ada Quill for comments.  | #1 Acknowledgements / Thanks to Ada Quill for comments.
            Heading Living With Fog Signals of the North.               | #1 Living With Fog Signals of the North
            Heading Appendix A Details of the runs follow.              | #1 Appendix A / Details of the runs follow.
            Heading Introduction What Sort of Thing                     | #1 Introduction What Sort of Thing
            Heading Introduction What sort of thing is a persona        | #1 Introduction What sort of thing is a persona
            """)
    void splitsTheTitleFromItsSentence(String line, String expected) {
        assertEquals(expected, render(clean(line)));
    }

    private static String render(Section section) {
        return section.blocks().stream().map(block -> block.match(
                heading -> "#" + heading.level() + " " + heading.title(),
                paragraph -> (section.blocks().size() == 1 ? "P " : "") + paragraph.text(),
                quote -> "> " + quote.text())).collect(Collectors.joining(" / "));
    }
}
