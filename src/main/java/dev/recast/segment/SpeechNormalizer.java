package dev.recast.segment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns transcript text into what the engine is told to say. The passes, in order: characters
 * the engine cannot say are dropped or transliterated; URLs and e-mail addresses are said as
 * people say them; the spoken forms apply; dotted letters ("A.I.") are spaced; then dates, money,
 * versions, clock times, ranges, decades, years, fractions and units after numbers become words;
 * camel-case words are split and capitalized acronyms spelled; leftover symbols become words or
 * pauses; the letter A is marked where the engine would say the article. Everything else is left
 * to the engine, which reads plain numbers and dollars well.
 *
 * <p>Kept as one class though long: each pass relies on the ones before it (an address is said
 * before its dots and slashes count as symbols, a range before its numbers), and that order reads
 * in one method, {@link #normalize}; what the words are lives in {@link SpeechRules},
 * {@link NumberWords} and the forms, and how dates and currency amounts are said in
 * {@link SpokenDates} and {@link SpokenCurrency}.
 */
public final class SpeechNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** A dropped "*" in "*bold*." must not leave "bold ." for the engine to read as a word and a stray period. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[.,;:!?…])");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@])(?:https?://|www\\.)[^\\s\"”)\\]]*[^\\s\"”)\\].,;:!?'’]", Pattern.CASE_INSENSITIVE);
    /** Tried only where a run of address characters starts, and never backtracked: linear on a long run of "-". */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern SCHEME = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);
    /** How the separators inside an address are said. */
    private static final Map<Character, String> ADDRESS_SYMBOLS = Map.of('.', "dot", '/', "slash", '@', "at",
            '-', "dash", '_', "underscore", ':', "colon", '?', "question mark", '=', "equals", '&', "and", '#', "hash");

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])");
    /** Not before a decimal or thousands part ("10-20.5", "1-2,000"), but before a comma or period that ends a clause. */
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,/:-])(\\d{1,4})\\s?([–—-])\\s?(\\d{1,4})(?![\\d/:]|[.,]\\d)");
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\p{N}])(1[1-9]|20)(\\d)0['’]?s(?![\\p{L}\\p{N}])");
    private static final Pattern SHORT_DECADE = Pattern.compile("(?<![\\p{L}\\p{N}])['’]?([1-9]0)['’]?s(?![\\p{L}\\p{N}])");
    private static final Pattern YEAR_AFTER_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}+)(\\s+)(1[1-9]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,]\\d|\\s?%)");
    /** A citation's year: "Silver et al., 2017." or "(Kelvin, 1921)". */
    private static final Pattern CITED_YEAR = Pattern.compile("(?<=,\\s)(1[1-9]\\d\\d|20\\d\\d)(?=\\s*[.;)\\]]|$)");
    /** A year closing parentheses, alone or after a citation's names: "Smith (2017) showed", "(Hinton, 2006)". */
    private static final Pattern PARENTHESIZED_YEAR = Pattern.compile("\\(([^()]{0,80}?,\\s)?(1[1-9]\\d\\d|20\\d\\d)\\)");
    /** A year in a date, and what may not follow it: more digits, a decimal, a percent sign, a range. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:-])(1[1-9]\\d\\d|20\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}]|[-:/]\\d)");
    /** "3/12/1921": the order of day and month differs by country, so only the year is said as one. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})/" + SpokenDates.YEAR);
    private static final Pattern POSSESSIVE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(20\\d\\d)(?=['’]s(?![\\p{L}]))");
    /** "3/4", and "1/3rd" with its ordinal's ending, which would otherwise follow the words ("one thirdrd"). */
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,])(\\d{1,2})\\s?[/⁄](\\d{1,3})(?:st|nd|rd|th)?(?![\\d/\\p{L}])");
    /** "$20-$30": FreeTTS says "twenty dollars thirty dollars". */
    private static final Pattern MONEY_RANGE = Pattern.compile("([$€£¥₹]\\d[\\d,]*+(?:\\.\\d++)?)\\s?[–—-]\\s?(?=[$€£¥₹]\\d)");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}'’.@])(\\p{Lu}{2,5})(s?)(?![\\p{L}\\p{N}]|\\.\\p{L})");
    /** A well-formed Roman numeral: "VIII" and "XIV", not "LLM" or "MDMA". */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
    private static final Pattern ROMAN_AFTER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)(\\s+)([IVXLCDM]{1,7})(?![\\p{L}\\p{N}'’])");
    /** Money with a scale letter: "$1.2B", "€300k", "£5m". FreeTTS says "$ one . two b" and "three hundred dollars thousand". */
    private static final Pattern SCALED_MONEY = Pattern.compile(
            "([$€£¥₹])\\s?(\\d+(?:\\.\\d+)?)\\s?(k|K|m|M|mn|b|B|bn|t|T|tn)(?![\\p{L}\\p{N}])");
    /** A multiplier: "1.5x", which FreeTTS says "one . five x". */
    private static final Pattern TIMES = Pattern.compile("(?<=\\d)x(?![\\p{L}\\p{N}])");
    /** A year shortened to its last two digits: "the summer of '03", which FreeTTS says "three". */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}'])'(\\d\\d)(?![\\p{N}]|'?s(?![\\p{L}]))");
    /** Letters with periods, "A.I.", "U.K.": FreeTTS spells them but says each "a" as the article. */
    private static final Pattern DOTTED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.){2,})(?![\\p{L}\\p{N}])");
    /** A version or an address with two dots or more: "2.0.1", which FreeTTS says "two zero point one". */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("(?<![\\d.,])\\d++\\.\\d++\\.[\\d.]*+"); // no repeated group: linear on "1.1.1…"
    /** A word with a capital after a small letter: "ChatGPT", "YouTube", "iPhone"; FreeTTS says one unknown word. */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** Names whose capital follows a prefix ("McDonald", "DeVito", "MacArthur"): one word to the listener. */
    private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von");
    /** "9 a.m.", "9am", "9 PM": the letters said one by one. */
    private static final Pattern AM_PM = Pattern.compile("(?<=\\d)\\s?([AaPp])\\.?([Mm])(\\.?)(?![\\p{L}\\p{N}])");
    /**
     * The letter A inside a sentence before a lower-case word: "Plan A is", "an A in", the end of a
     * spelled "D N A from". FreeTTS says it as the article, a schwa the listener does not hear, unless
     * punctuation or a capital follows.
     */
    private static final Pattern LETTER_A = Pattern.compile("(?<=[\\p{L}\\p{N},;] )A(?= [\\p{Ll}\\p{N}])");
    /**
     * The pronoun between lower-case words: FreeTTS reads "I" after "part", "act", "war", "chapter"
     * as a Roman numeral ("the part one liked"); written small, it is always the pronoun.
     */
    private static final Pattern PRONOUN_I = Pattern.compile("(?<=(?<![\\p{L}'’])\\p{Ll}[\\p{Ll}'’]{0,40} )I(?= \\p{Ll})");
    /** How FreeTTS's dictionary says the letter A whatever follows ("ay", as in "ay, ay"). */
    private static final String SPOKEN_A = "ay";
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?:#|(?<![\\p{L}])[Nn]o\\.)\\s?(?=\\d)");
    /** Tried only where a run of spaces starts: linear on a long run of them. */
    private static final Pattern DASH_BETWEEN_WORDS = Pattern.compile("(?<!\\s)(?:\\s+[–—-]+\\s+|\\s*[—–]\\s*)|--");
    private static final Pattern SLASH_BETWEEN_WORDS = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");
    private static final Pattern LEFTOVER_SYMBOLS = Pattern.compile("[#@/\\\\~^<>=]");

    /**
     * A spoken form with its written text compiled once. Every match holds the form's first word,
     * so text without it is passed over without running the pattern: some seventy passes an
     * utterance made segmenting a tenth of a second an hour, most of them finding nothing.
     */
    private record Rule(Pattern written, SpokenForm form, String firstWord) {

        /**
         * The form's rule, looking for its first word as written, or in lower case where case is
         * ignored; where case is ignored beyond ASCII, for nothing (the pattern always looks).
         */
        static Rule of(SpokenForm form) {
            Pattern written = compile(form.written());
            String word = form.written().strip().split("\\s+")[0];
            if (ignoresCase(written)) {
                // Ignoring case, ASCII letters match only themselves in either case.
                word = isAscii(word) ? word.toLowerCase(Locale.ROOT) : null;
            }
            return new Rule(written, form, word);
        }

        /**
         * False only where the pattern cannot match; {@code lower} is the text in lower case when
         * it is all ASCII, else null.
         */
        boolean mayMatch(String text, String lower) {
            if (!ignoresCase(written)) {
                return text.contains(firstWord);
            }
            return firstWord == null || lower == null || lower.contains(firstWord);
        }

        private static boolean ignoresCase(Pattern pattern) {
            return (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        }
    }

    /** A unit symbol after a number, compiled once. */
    private record Unit(Pattern pattern, UnitForm form) {

        /** False only where the pattern cannot match: nowhere is the symbol after a digit, or a digit and a space. */
        boolean mayMatch(String text) {
            String symbol = form.symbol();
            for (int at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + 1)) {
                if (at >= 1 && isDigit(text.charAt(at - 1))
                        || at >= 2 && isPatternSpace(text.charAt(at - 1)) && isDigit(text.charAt(at - 2))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Rule> rules;
    private final String dropped;
    private final List<Unit> units;
    private final Map<Integer, FractionForm> fractions;
    private final List<SpokenCurrency> currencies;
    private final Set<String> yearWords;
    private final Set<String> numberedWords;
    private final Optional<SpokenDates> dates;
    private final KnownWords knownWords;

    public SpeechNormalizer(SpeechRules speechRules) {
        this(speechRules, word -> false);
    }

    /** @param knownWords capitalized words said as words beside the rules' own (a lexicon's words) */
    public SpeechNormalizer(SpeechRules speechRules, KnownWords knownWords) {
        if (speechRules == null || knownWords == null) {
            throw new IllegalArgumentException("a speech normalizer needs its rules and known words");
        }
        this.yearWords = speechRules.yearWords();
        this.numberedWords = speechRules.numberedWords();
        this.dates = speechRules.months().isEmpty() ? Optional.empty() : Optional.of(SpokenDates.of(speechRules.months()));
        this.rules = speechRules.spokenForms().stream().map(Rule::of).toList();
        this.dropped = speechRules.dropped();
        // Longest symbol first: "km/h" before "km", "kWh" before "kW".
        this.units = speechRules.units().stream()
                .sorted(Comparator.comparingInt((UnitForm u) -> u.symbol().length()).reversed())
                .map(u -> new Unit(Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s?"
                        + Pattern.quote(u.symbol()) + "(?![\\p{L}\\p{N}])"), u))
                .toList();
        this.fractions = speechRules.fractions().stream()
                .collect(Collectors.toUnmodifiableMap(FractionForm::denominator, Function.identity()));
        this.currencies = speechRules.currencies().stream().map(SpokenCurrency::of).toList();
        this.knownWords = KnownWords.of(speechRules.wordAcronyms()).or(knownWords);
    }

    /** The text to say, or the empty string when nothing in it is speech (only punctuation). */
    public String normalize(String sourceText) {
        String text = transliterate(sourceText);
        text = replace(URL, text, m -> " " + address(SCHEME.matcher(m.group()).replaceFirst("")) + " ");
        text = replace(EMAIL, text, m -> " " + address(m.group()) + " ");
        text = replace(PARENTHESIZED_YEAR, text, m -> "(" + (m.group(1) == null ? "" : m.group(1))
                + NumberWords.year(Integer.parseInt(m.group(2))) + ")");
        text = dropCharacters(text);
        String lower = isAscii(text) ? text.toLowerCase(Locale.ROOT) : null;
        for (Rule rule : rules) {
            if (!rule.mayMatch(text, lower)) {
                continue;
            }
            String current = text;
            text = rule.written().matcher(current).replaceAll(match -> Matcher.quoteReplacement(say(rule.form(), current, match)));
            lower = isAscii(text) ? text.toLowerCase(Locale.ROOT) : null;
        }
        String beforeDots = text;
        text = replace(DOTTED_LETTERS, beforeDots, m -> dottedLetters(beforeDots, m));
        // Every pass up to the number sign's needs a digit (\\d, 0 to 9) to match, and none adds one.
        boolean digits = text.chars().anyMatch(SpeechNormalizer::isDigit);
        if (digits) {
            text = numbers(text);
        }
        text = replace(ROMAN_AFTER_WORD, text, this::numeral);
        text = replace(CAMEL_CASE, text, this::camelCase);
        if (LOWER_CASE.matcher(text).find()) { // a line all in capitals is shouting, not acronyms
            text = replace(ACRONYM, text, this::acronym);
        }
        if (digits) {
            text = replace(NUMBER_SIGN, text, m -> "number ");
        }
        text = replace(DASH_BETWEEN_WORDS, text, m -> ", ");
        text = replace(SLASH_BETWEEN_WORDS, text, m -> " ");
        text = replace(LEFTOVER_SYMBOLS, text, m -> " ");
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("");
        text = text.replaceAll("^[,;:]\\s*|,(?=[,.;:!?])", "");
        text = replace(LETTER_A, text, m -> SPOKEN_A);
        text = replace(PRONOUN_I, text, m -> "i");
        return LETTER_OR_DIGIT.matcher(text).find() ? text : "";
    }

    /** Dates, clock times, ranges, decades, years, fractions and units after numbers, as words. */
    private String numbers(String text) {
        if (dates.isPresent()) {
            SpokenDates known = dates.get();
            text = replace(ISO_DATE, text, known::iso);
            text = known.say(text);
        }
        text = replace(NUMERIC_DATE, text, m -> NumberWords.below100(Integer.parseInt(m.group(1))) + " "
                + NumberWords.below100(Integer.parseInt(m.group(2))) + " " + NumberWords.year(Integer.parseInt(m.group(3))));
        text = replace(MONEY_RANGE, text, m -> m.group(1) + " to ");
        text = replace(SCALED_MONEY, text, SpeechNormalizer::scaledMoney);
        for (SpokenCurrency currency : currencies) {
            text = currency.say(text);
        }
        text = replace(TIMES, text, m -> " x");
        text = replace(DOTTED_NUMBER, text, SpeechNormalizer::dottedNumber);
        String beforeAmPm = text;
        text = replace(AM_PM, beforeAmPm, m -> amPm(beforeAmPm, m));
        text = replace(CLOCK, text, m -> NumberWords.clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        text = replace(RANGE, text, this::range);
        text = replace(DECADE, text, m -> NumberWords.decade(Integer.parseInt(m.group(1) + m.group(2) + "0")));
        text = replace(SHORT_DECADE, text, m -> NumberWords.shortDecade(Integer.parseInt(m.group(1))));
        text = replace(SHORT_YEAR, text,
                m -> (m.group(1).startsWith("0") ? "oh " : "") + NumberWords.below100(Integer.parseInt(m.group(1))));
        text = replace(YEAR_AFTER_WORD, text, m -> yearWords.contains(m.group(1).toLowerCase(Locale.ROOT))
                ? m.group(1) + m.group(2) + NumberWords.year(Integer.parseInt(m.group(3))) : m.group());
        text = replace(CITED_YEAR, text, m -> NumberWords.year(Integer.parseInt(m.group(1))));
        text = replace(POSSESSIVE_YEAR, text, m -> NumberWords.year(Integer.parseInt(m.group(1))));
        text = replace(FRACTION, text, this::fraction);
        for (Unit unit : units) {
            if (unit.mayMatch(text)) {
                text = replace(unit.pattern(), text, m -> m.group(1) + " "
                        + (m.group(1).equals("1") ? unit.form().singular() : unit.form().plural()));
            }
        }
        return text;
    }

    /** The pattern's {@code \\d}: ASCII digits only, as no flag widens it. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The pattern's {@code \\s}: ASCII whitespace only. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with each match of {@code pattern} replaced by what {@code spoken} says of it. */
    static String replace(Pattern pattern, String text, Function<MatchResult, String> spoken) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(spoken.apply(m)));
    }

    /**
     * Latin letters lose their accents ("café" → "cafe"), which the engine would otherwise say as
     * a separate symbol; emoji, other symbols and letters of other scripts are dropped, never read as
     * garbage. The degree sign stays for the units.
     */
    private static String transliterate(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            // Arrows and other non-ASCII math signs too: the tables say "+" and "=", nothing says "→".
            boolean symbol = (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.MATH_SYMBOL && c > 127) && c != '°';
            // Digits of other scripts too: in English text they are garbled characters ("๐ค" for an emoji), not numbers.
            boolean foreign = Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                    || Character.isDigit(c) && c > 127;
            if (symbol || foreign) {
                kept.append(' ');
            } else {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /** "www.noaa.gov/tides" → "w w w dot noaa dot gov slash tides". */
    private static String address(String address) {
        List<String> words = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (char c : address.toCharArray()) {
            String symbol = ADDRESS_SYMBOLS.get(c);
            if (symbol == null) {
                part.append(c);
                continue;
            }
            addPart(words, part);
            words.add(symbol);
        }
        addPart(words, part);
        while (!words.isEmpty() && words.get(words.size() - 1).equals("slash")) {
            words.remove(words.size() - 1); // "example.com/" ends at the host
        }
        return String.join(" ", words);
    }

    private static void addPart(List<String> words, StringBuilder part) {
        if (part.length() > 0) {
            String word = part.toString();
            words.add(word.equalsIgnoreCase("www") ? "w w w" : word);
            part.setLength(0);
        }
    }

    /** "2019–2021" → "twenty nineteen to twenty twenty one"; "10-20" → "10 to 20"; "555-1234" stays. */
    private String range(MatchResult m) {
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(3));
        boolean dash = !m.group(2).equals("-");
        if (isYear(m.group(1)) && (isYear(m.group(3)) || m.group(3).length() == 2 && to > from % 100)) {
            return NumberWords.year(from) + " to "
                    + (m.group(3).length() == 2 ? NumberWords.below100(to) : NumberWords.year(to));
        }
        if (dash || from < to && m.group(1).length() == m.group(3).length()) {
            return m.group(1) + " to " + m.group(3);
        }
        return m.group();
    }

    /** "2.0.1" → "2 point 0 point 1"; a period after it stays; "4.50." and "1..2" are left as written. */
    private static String dottedNumber(MatchResult m) {
        String written = m.group();
        int end = written.length();
        while (written.charAt(end - 1) == '.') {
            end--;
        }
        String number = written.substring(0, end);
        boolean version = number.indexOf('.') != number.lastIndexOf('.') && !number.contains(".."); // not "4.50."
        return version ? number.replace(".", " point ") + written.substring(end) : written;
    }

    /** "A.I." → "A I", keeping the period where it ends the sentence. */
    private static String dottedLetters(String text, MatchResult m) {
        String letters = String.join(" ", m.group().split("\\."));
        return LETTER_OR_DIGIT.matcher(text).region(m.end(), text.length()).find() ? letters : letters + ".";
    }

    /** "$1.2B" → "1.2 billion dollars"; "€300k" → "€300 thousand", which the currency pass then says. */
    private static String scaledMoney(MatchResult m) {
        String scale = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "k" -> "thousand";
            case "m", "mn" -> "million";
            case "b", "bn" -> "billion";
            default -> "trillion";
        };
        return m.group(1).equals("$") ? m.group(2) + " " + scale + " dollars" : m.group(1) + m.group(2) + " " + scale;
    }

    /** "9 a.m." → "9 A M": FreeTTS says the "a" of "a m" as the article. The period stays where it ends the sentence. */
    private static String amPm(String text, MatchResult m) {
        String letters = " " + m.group(1).toUpperCase(Locale.ROOT) + " M";
        boolean last = !m.group(3).isEmpty() && !LETTER_OR_DIGIT.matcher(text).region(m.end(), text.length()).find();
        return last ? letters + "." : letters;
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && digits.charAt(0) != '0' && Integer.parseInt(digits) >= 1100;
    }

    /** "3/4" → "three quarters"; a denominator not in the table, or a date such as "3/12", stays. */
    private String fraction(MatchResult m) {
        int numerator = Integer.parseInt(m.group(1));
        FractionForm form = fractions.get(Integer.parseInt(m.group(2)));
        if (form == null || numerator == 0 || numerator >= form.denominator()) {
            return m.group();
        }
        return NumberWords.below100(numerator) + " " + (numerator == 1 ? form.singular() : form.plural());
    }

    /**
     * "LED" → "L E D", "LEDs" → "L E D's" (FreeTTS says "A I s" as the letters and "ess", "A Is" as
     * "A is"); known words and Roman numerals ("World War II") stay.
     */
    private String acronym(MatchResult m) {
        String letters = m.group(1);
        if (knownWords.knows(letters) || knownWords.knows(letters + m.group(2)) || ROMAN_NUMERAL.matcher(letters).matches()) {
            return m.group();
        }
        String spelled = letters.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
        return m.group(2).isEmpty() ? spelled : spelled + "'s";
    }

    /** "Phase III" → "Phase 3", after the words that number things; kings, "World War II" and others stay for the engine. */
    private String numeral(MatchResult m) {
        String numeral = m.group(3);
        // "I" alone is the pronoun as often as not: "the book I read".
        if (numeral.equals("I") || !numberedWords.contains(m.group(1).toLowerCase(Locale.ROOT))
                || !ROMAN_NUMERAL.matcher(numeral).matches()) {
            return m.group();
        }
        return m.group(1) + m.group(2) + romanValue(numeral);
    }

    private static int romanValue(String numeral) {
        Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = values.get(numeral.charAt(i));
            boolean subtracted = i + 1 < numeral.length() && values.get(numeral.charAt(i + 1)) > value;
            total += subtracted ? -value : value;
        }
        return total;
    }

    /** "ChatGPT" → "Chat GPT", "iPhone" → "i Phone"; a known word, "LLaMA", or a name such as "McDonald" stays. */
    private String camelCase(MatchResult m) {
        String word = m.group();
        String[] parts = CAMEL_HUMP.split(word);
        boolean acronymFirst = Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1)); // "LLaMA"
        if (acronymFirst || knownWords.knows(word) || NAME_PREFIXES.contains(parts[0])) {
            return word;
        }
        return String.join(" ", parts);
    }

    private String dropCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue; // zero-width spaces, soft hyphens, byte-order marks: invisible, and not a word break
            }
            kept.append(type == Character.CONTROL || dropped.indexOf(c) >= 0 ? ' ' : c);
        }
        return kept.toString();
    }

    private static String say(SpokenForm form, String text, MatchResult match) {
        String spoken = form.spoken();
        if (spoken.isEmpty()) {
            return spoken;
        }
        if (!Character.isLetterOrDigit(form.written().charAt(0)) && Character.isLetter(spoken.charAt(0))) {
            return " " + spoken + " "; // a symbol is a word of its own: "C++" is "C plus plus"
        }
        if (Character.isUpperCase(text.charAt(match.start()))) {
            spoken = Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1);
        }
        // The abbreviation's period may also be the sentence's: keep it for the engine's intonation.
        if (form.written().endsWith(".") && !LETTER_OR_DIGIT.matcher(text).region(match.end(), text.length()).find()) {
            spoken = spoken + ".";
        }
        // "R&D" is said "R and D", not "RandD".
        if (Character.isLetterOrDigit(spoken.charAt(0)) && match.start() > 0 && Character.isLetterOrDigit(text.charAt(match.start() - 1))) {
            spoken = " " + spoken;
        }
        if (Character.isLetterOrDigit(spoken.charAt(spoken.length() - 1)) && match.end() < text.length()
                && Character.isLetterOrDigit(text.charAt(match.end()))) {
            spoken = spoken + " ";
        }
        return spoken;
    }

    /** The written form as a pattern: any whitespace between its words, whole words only. */
    private static Pattern compile(String written) {
        String words = Arrays.stream(written.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String wordStart = Character.isLetterOrDigit(written.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        // "vs" is not the start of "vsync", nor "WWI" of "WWII".
        String wordEnd = Character.isLetterOrDigit(written.charAt(written.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "";
        // Case matters for capitalized forms ("Ms.", not "ms."), not for lower-case ones ("E.g.").
        int flags = written.equals(written.toLowerCase(Locale.ROOT)) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(wordStart + words + wordEnd, flags);
    }
}
