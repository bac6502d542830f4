package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1851 | eighteen fifty one
            1900 | nineteen hundred
            1905 | nineteen oh five
            2000 | two thousand
            2001 | two thousand one
            2009 | two thousand nine
            2010 | twenty ten
            2017 | twenty seventeen
            2099 | twenty ninety nine
            1100 | eleven hundred
            """)
    void yearsAreSaidAsPeopleSayThem(int year, String spoken) {
        assertEquals(spoken, NumberWords.year(year));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1870 | eighteen seventies
            1900 | nineteen hundreds
            2000 | two thousands
            2010 | twenty tens
            1990 | nineteen nineties
            """)
    void decades(int start, String spoken) {
        assertEquals(spoken, NumberWords.decade(start));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3  | 45 | three forty five
            3  | 5  | three oh five
            7  | 0  | seven o'clock
            23 | 59 | twenty three fifty nine
            """)
    void clockTimes(int hour, int minute, String spoken) {
        assertEquals(spoken, NumberWords.clock(hour, minute));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1  | first
            3  | third
            12 | twelfth
            20 | twentieth
            21 | twenty first
            30 | thirtieth
            31 | thirty first
            """)
    void daysOfTheMonth(int day, String spoken) {
        assertEquals(spoken, NumberWords.ordinal(day));
    }
}
