package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechNormalizerTest {

    private final SpeechNormalizer normalizer = new SpeechNormalizer(SpeechRules.ENGLISH);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            # spoken forms
            Fruit, e.g. pears, is good.            => Fruit, for example pears, is good.
            E.g. pears are good.                   => For example pears are good.
            Fruit, e.g., pears.                    => Fruit, for example, pears.
            One thing, i.e. this one.              => One thing, that is this one.
            Apples, pears, etc. are fruit.         => Apples, pears, et cetera are fruit.
            Apples, pears, etc.                    => Apples, pears, et cetera.
            Apples (pears, etc.)                   => Apples pears, et cetera.
            Cats vs. dogs.                         => Cats versus dogs.
            Smith et al. showed it.                => Smith and others showed it.
            Smith et  al. showed it.               => Smith and others showed it.
            Cats & dogs.                           => Cats and dogs.
            R&D and AT&T.                          => R and D and A T and T.
            It’s Tom’s.                            => It's Tom's.
            # dates
            On 3 March 1921.                       => On the third of March nineteen twenty one.
            Top 10 May songs.                      => Top 10 May songs.
            In March. 2017 was next.               => In March. 2017 was next.
            March 45, 1921.                        => March 45, nineteen twenty one.
            On 1921-13-03.                         => On 1921-13-03.
            # the letter A
            At 9 a.m. it rang.                     => At 9 A M it rang.
            It rang at 9 a.m.                      => It rang at 9 A M.
            Vitamin A is good.                     => Vitamin ay is good.
            Vitamin A. It is good.                 => Vitamin A. It is good.
            Grade A Beef.                          => Grade A Beef.
            # camel case, versions, currencies
            LLaMA and PhD.                         => LLaMA and Ph D.
            DeVito and LeBron.                     => DeVito and LeBron.
            It is 3.14 and 1.2.3.                  => It is 3.14 and 1 point 2 point 3.
            Read 1..2 now.                         => Read 1..2 now.
            It cost 4.50.                          => It cost 4.50.
            Use 2.0.1.                             => Use 2 point 0 point 1.
            £1 and £2.5 and £1,200.                => 1 pound and 2.5 pounds and 1,200 pounds.
            # whole words only
            Bosetc. is a word.                     => Bosetc. is a word.
            The canvs. text.                       => The canvs. text.
            # dropped characters
            Use *bold* here.                       => Use bold here.
            Use *bold*.                            => Use bold.
            A snake_case name.                     => A snake case name.
            See [1] for more.                      => See 1 for more.
            A {curly} (round) word.                => A curly round word.
            a|b and back\\slash and `tick`.        => a b and back slash and tick.
            Soft\u00adhy\u200bphen.                => Softhyphen.
            Tab\there\u0000now.                    => Tab here now.
            # whitespace
            "  Spaced \u00a0 out  "                => Spaced out
            # left for the engine, which reads them well
            Built 1851, paid $4.50, the 3rd, 45%.  => Built 1851, paid $4.50, the 3rd, 45%.
            Dr. Smith read Chapter IV.             => Dr. Smith read Chapter IV.
            # nothing left to say
            ***                                    => ""
            ...                                    => ""
            — [ ] —                                => ""
            """)
    void normalizes(String source, String spoken) {
        assertEquals(spoken, normalizer.normalize(source));
    }

    @Test
    void spokenFormsAreData() {
        SpeechNormalizer custom = new SpeechNormalizer(
                new SpeechRules(List.of(new SpokenForm("approx.", "approximately")), ""));
        assertEquals("approximately 5 and e.g. *", custom.normalize("approx. 5 and e.g. *"));
    }

    /** A quadratic pattern takes minutes on these; a linear one a fraction of a second. */
    @ParameterizedTest
    @ValueSource(strings = {" ", "(", "1.", "A.", "aA", "March 3, ", "€1,", "a I ", "Phase II "})
    @Timeout(10)
    void longRunsTakeLinearTime(String unit) {
        String text = unit.repeat(50_000 / unit.length());
        assertEquals(unit.isBlank() || unit.equals("("), normalizer.normalize(text).isEmpty());
    }
}
