package dev.recast.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables behind {@link SpeechNormalizer}. Each table holds only what FreeTTS (kevin16) was
 * heard to get wrong on its own (see {@code spoken-cases.tsv} in the tests); numbers, money,
 * percentages, ordinals, "Dr." and Roman numerals after a name it already reads well.
 *
 * @param spokenForms applied in order, before the number rules
 * @param dropped characters the engine would read aloud as symbols ("asterisk", "underscore")
 *     or that carry no speech; each becomes a space
 * @param units said in full after a number ("5 km" → "5 kilometers"); FreeTTS spells them
 * @param fractions denominators said as people say them; FreeTTS says "3/4" as "three fourth 's"
 * @param currencies symbols written before a number and said after it ("€20" → "20 euros"); FreeTTS
 *     says only the dollar sign, and nothing for "€", "£" or "¥"
 * @param yearWords words after which a number from 2000 to 2099 is a year ("in 2017"); FreeTTS
 *     says "two thousand seventeen", people "twenty seventeen"
 * @param months the months' names, January first: a date ("March 3rd, 1921", "3 March 1921",
 *     "1921-03-03") is said whole, its year as a year, where FreeTTS's guess depends on the words
 *     around it ("one thousand nine hundred twenty one", "two thousand seventeen", "one nine two one");
 *     written shortened ("Mar. 3", "Dec 25") it is said in full
 * @param numberedWords words after which a Roman numeral is a number ("Phase III", "Type II"); FreeTTS
 *     says numerals as numbers only after kings' names and a few words such as "Chapter", and spells
 *     the others ("i i i")
 * @param wordAcronyms capitalized words said as words; any other word of 2 to 5 capitals is spelled
 *     (FreeTTS says "LED" as "led")
 */
public record SpeechRules(List<SpokenForm> spokenForms, String dropped, List<UnitForm> units,
        List<FractionForm> fractions, List<UnitForm> currencies, Set<String> yearWords, List<String> months,
        Set<String> numberedWords, Set<String> wordAcronyms) {

    public static final SpeechRules ENGLISH = new SpeechRules(
            List.of(
                    new SpokenForm("e.g.", "for example"),
                    new SpokenForm("i.e.", "that is"),
                    new SpokenForm("etc.", "et cetera"),
                    new SpokenForm("vs.", "versus"),
                    new SpokenForm("vs", "versus"),
                    new SpokenForm("etc", "et cetera"),
                    new SpokenForm("approx", "approximately"),
                    new SpokenForm("a.k.a.", "also known as"),
                    new SpokenForm("aka", "also known as"),
                    new SpokenForm("w/o", "without"),
                    new SpokenForm("w/", "with"),
                    new SpokenForm("~", "about"),
                    new SpokenForm("wi-fi", "wifi"), // one word, for the lexicon's entry
                    new SpokenForm("et al.", "and others"),
                    new SpokenForm("approx.", "approximately"),
                    new SpokenForm("cf.", "compare"),
                    // FreeTTS says "m s", "montanna" and "jan".
                    new SpokenForm("Ms.", "Miz"),
                    new SpokenForm("Ms", "Miz"),
                    new SpokenForm("Mt.", "Mount"),
                    new SpokenForm("Jan.", "January"),
                    new SpokenForm("Feb.", "February"),
                    new SpokenForm("Aug.", "August"),
                    new SpokenForm("Sept.", "September"),
                    new SpokenForm("Oct.", "October"),
                    new SpokenForm("Nov.", "November"),
                    new SpokenForm("Dec.", "December"),
                    new SpokenForm("Apr.", "April"),
                    new SpokenForm("Jun.", "June"),
                    new SpokenForm("Jul.", "July"),
                    new SpokenForm("Sep.", "September"),
                    // FreeTTS says "prof", "j r", "s r", "gov", "l t", "s g t", "inc", "l t d", "vol", "fig", "p p".
                    new SpokenForm("Prof.", "Professor"),
                    new SpokenForm("Jr.", "Junior"),
                    new SpokenForm("Sr.", "Senior"),
                    new SpokenForm("Gov.", "Governor"),
                    new SpokenForm("Sen.", "Senator"),
                    new SpokenForm("Rep.", "Representative"),
                    new SpokenForm("Gen.", "General"),
                    new SpokenForm("Col.", "Colonel"),
                    new SpokenForm("Capt.", "Captain"),
                    new SpokenForm("Lt.", "Lieutenant"),
                    new SpokenForm("Sgt.", "Sergeant"),
                    new SpokenForm("Rev.", "Reverend"),
                    new SpokenForm("Hon.", "Honorable"),
                    new SpokenForm("Inc.", "Incorporated"),
                    new SpokenForm("Ltd.", "Limited"),
                    new SpokenForm("Corp.", "Corporation"),
                    new SpokenForm("Bros.", "Brothers"),
                    new SpokenForm("Dept.", "Department"),
                    new SpokenForm("Vol.", "Volume"),
                    new SpokenForm("Fig.", "Figure"),
                    new SpokenForm("pp.", "pages"),
                    new SpokenForm("WWIII", "World War Three"),
                    new SpokenForm("WWII", "World War Two"),
                    new SpokenForm("WWI", "World War One"),
                    new SpokenForm("WW2", "World War Two"),
                    new SpokenForm("WW1", "World War One"),
                    new SpokenForm("24/7", "twenty four seven"),
                    new SpokenForm("&", "and"),
                    new SpokenForm("+", "plus"),
                    new SpokenForm("’", "'")),
            "*_|\\`()[]{}",
            List.of(
                    new UnitForm("km/h", "kilometer per hour", "kilometers per hour"),
                    new UnitForm("km", "kilometer", "kilometers"),
                    new UnitForm("cm", "centimeter", "centimeters"),
                    new UnitForm("mm", "millimeter", "millimeters"),
                    new UnitForm("m", "meter", "meters"),
                    new UnitForm("kg", "kilogram", "kilograms"),
                    new UnitForm("mg", "milligram", "milligrams"),
                    new UnitForm("g", "gram", "grams"),
                    new UnitForm("lb", "pound", "pounds"),
                    new UnitForm("lbs", "pound", "pounds"),
                    new UnitForm("oz", "ounce", "ounces"),
                    new UnitForm("ft", "foot", "feet"),
                    new UnitForm("mi", "mile", "miles"),
                    new UnitForm("mph", "mile per hour", "miles per hour"),
                    new UnitForm("psi", "P S I", "P S I"),
                    new UnitForm("ml", "milliliter", "milliliters"),
                    new UnitForm("ms", "millisecond", "milliseconds"),
                    new UnitForm("min", "minute", "minutes"),
                    new UnitForm("hr", "hour", "hours"),
                    new UnitForm("Hz", "hertz", "hertz"),
                    new UnitForm("kHz", "kilohertz", "kilohertz"),
                    new UnitForm("MHz", "megahertz", "megahertz"),
                    new UnitForm("GHz", "gigahertz", "gigahertz"),
                    new UnitForm("kW", "kilowatt", "kilowatts"),
                    new UnitForm("kWh", "kilowatt hour", "kilowatt hours"),
                    new UnitForm("KB", "kilobyte", "kilobytes"),
                    new UnitForm("MB", "megabyte", "megabytes"),
                    new UnitForm("GB", "gigabyte", "gigabytes"),
                    new UnitForm("TB", "terabyte", "terabytes"),
                    new UnitForm("°C", "degree Celsius", "degrees Celsius"),
                    new UnitForm("°F", "degree Fahrenheit", "degrees Fahrenheit"),
                    new UnitForm("°", "degree", "degrees")),
            List.of(
                    new FractionForm(2, "half", "halves"),
                    new FractionForm(3, "third", "thirds"),
                    new FractionForm(4, "quarter", "quarters"),
                    new FractionForm(5, "fifth", "fifths"),
                    new FractionForm(6, "sixth", "sixths"),
                    new FractionForm(7, "seventh", "sevenths"),
                    // FreeTTS spells "eighths" letter by letter; "eights" is the nearest it says whole.
                    new FractionForm(8, "eighth", "eights"),
                    new FractionForm(9, "ninth", "ninths"),
                    new FractionForm(10, "tenth", "tenths"),
                    new FractionForm(12, "twelfth", "twelfths"),
                    new FractionForm(16, "sixteenth", "sixteenths"),
                    new FractionForm(100, "hundredth", "hundredths")),
            List.of(
                    new UnitForm("€", "euro", "euros"),
                    new UnitForm("£", "pound", "pounds"),
                    new UnitForm("¥", "yen", "yen"),
                    new UnitForm("₹", "rupee", "rupees")),
            Set.of("in", "since", "by", "from", "until", "till", "through", "to", "and", "or", "of", "circa",
                    "year", "early", "late", "mid", "during", "before", "after", "between", "spring", "summer",
                    "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december", "born", "died", "founded",
                    "published", "copyright"),
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            Set.of("phase", "type", "class", "stage", "level", "grade", "category", "season", "episode", "volume",
                    "book", "round", "series", "tier", "title", "article", "schedule", "appendix", "annex", "division"),
            Set.of("NASA", "NATO", "UNESCO", "UNICEF", "OPEC", "FIFA", "NAFTA", "AIDS", "OK", "LASER", "RADAR",
                    "SCUBA", "SONAR", "GIF", "JPEG", "ASCII", "COVID", "NOAA", "PIN", "SIM", "ZIP", "FAQ", "DARPA", "NIST",
                    "SARS", "ISIS", "POTUS", "NIMBY", "FOMO", "OSHA", "CERN", "IKEA", "LEGO", "SWAT", "RAM"));

    /** Spoken forms and dropped characters only: no units, fractions, currencies, years, dates, numerals or acronyms. */
    public SpeechRules(List<SpokenForm> spokenForms, String dropped) {
        this(spokenForms, dropped, List.of(), List.of(), List.of(), Set.of(), List.of(), Set.of(), Set.of());
    }

    public SpeechRules {
        if (spokenForms == null || dropped == null || units == null || fractions == null || currencies == null
                || yearWords == null || numberedWords == null
                || months == null || wordAcronyms == null) {
            throw new IllegalArgumentException("speech rules need all their tables");
        }
        if (!months.isEmpty() && months.size() != 12) {
            throw new IllegalArgumentException("speech rules name all twelve months or none");
        }
        months = List.copyOf(months);
        numberedWords = numberedWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        spokenForms = List.copyOf(spokenForms);
        units = List.copyOf(units);
        fractions = List.copyOf(fractions);
        currencies = List.copyOf(currencies);
        yearWords = yearWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        wordAcronyms = Set.copyOf(wordAcronyms);
    }
}
