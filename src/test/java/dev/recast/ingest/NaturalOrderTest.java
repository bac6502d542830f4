package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2.txt, 10.txt",
        "part2.txt, part10.txt",
        "01-intro.txt, 02-body.txt",
        "9-z.txt, 10-a.txt",
        "a.txt, B.txt",
        "01.txt, 1.txt",
        "chapter 2 part 9.txt, chapter 2 part 10.txt",
        "99999999999999999999.txt, 100000000000000000000.txt",
    })
    void ordersAsPeopleDo(String first, String second) {
        assertEquals(-1, Integer.signum(NaturalOrder.INSTANCE.compare(first, second)));
        assertEquals(1, Integer.signum(NaturalOrder.INSTANCE.compare(second, first)));
    }

    @Test
    void sortsAListOfSections() {
        List<String> names = new ArrayList<>(List.of("10.txt", "1.txt", "2.txt", "intro.txt", "3.txt"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("1.txt", "2.txt", "3.txt", "10.txt", "intro.txt"), names);
    }

    @Test
    void equalNamesCompareEqual() {
        assertEquals(0, NaturalOrder.INSTANCE.compare("07-x.txt", "07-x.txt"));
    }
}
