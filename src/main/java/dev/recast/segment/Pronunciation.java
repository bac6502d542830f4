package dev.recast.segment;

import java.util.List;
import java.util.Set;

/**
 * How a word is said, in the CMU dictionary's phones (ARPAbet, stress digits allowed):
 * {@code Ellison EH1 L IH0 S AH0 N}.
 */
public record Pronunciation(String word, List<String> phones) {

    /** The CMU dictionary's 39 phones; vowels may carry a stress digit 0, 1 or 2. */
    public static final Set<String> PHONES = Set.of("AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH",
            "ER", "EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH",
            "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH");

    public Pronunciation {
        if (word == null || word.isBlank() || word.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a pronunciation is for one word: '" + word + "'");
        }
        if (phones == null || phones.isEmpty()) {
            throw new IllegalArgumentException("'" + word + "' needs its phones");
        }
        phones = List.copyOf(phones);
        for (String phone : phones) {
            if (!isPhone(phone)) {
                throw new IllegalArgumentException("'" + phone + "' is not a CMU phone (e.g. AH0, EH1, K, S)");
            }
        }
    }

    static boolean isPhone(String phone) {
        String bare = phone.replaceFirst("[012]$", "");
        boolean vowel = bare.length() == 2 && "AEIOU".indexOf(bare.charAt(0)) >= 0;
        return PHONES.contains(bare) && (vowel || bare.equals(phone));
    }

    @Override
    public String toString() {
        return word + " " + String.join(" ", phones);
    }
}
