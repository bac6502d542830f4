package dev.recast.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberReadingTest {

    @Test
    void readsNumbersAsTheEngineSaysThem() {
        assertEquals(WordAlignment.words("about seventy percent of six point two metres"),
                WordAlignment.words("About 70% of 6.2 metres"));
        assertEquals(WordAlignment.words("one thousand two hundred and one million three"),
                WordAlignment.words("1,200 and 1000003"));
        assertEquals(WordAlignment.words("the third the twenty first the twelfth the fortieth"),
                WordAlignment.words("the 3rd the 21st the 12th the 40th"));
        assertEquals(WordAlignment.words("five dollars one dollar zero zero seven zero"),
                WordAlignment.words("$5 $1 007 0"));
    }

    @Test
    void spellsCardinals() {
        assertEquals("nineteen", NumberReading.cardinal("19"));
        assertEquals("one hundred five", NumberReading.cardinal("105"));
        assertEquals("two billion forty thousand", NumberReading.cardinal("2000040000"));
        assertEquals("one two three four five six seven eight nine zero one two three",
                NumberReading.cardinal("1234567890123"));
    }
}
