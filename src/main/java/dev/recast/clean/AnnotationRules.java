package dev.recast.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How transcripts note what is not speech, as data: sound notes ("[Music]", "(laughs)") and the
 * notes transcript tools add ("Transcribed by https://otter.ai").
 *
 * @param soundWords lower-case words that make a short bracketed note a sound note ("applause",
 *     "laughs", "inaudible"); a fallback beside the notes' shape (all capitals, an "-ing" verb)
 * @param sentenceWords lower-case words that start an editor's insertion rather than a sound note
 *     ("[the board] agreed", "[sic]"): a bracketed run starting with one is part of the sentence
 * @param toolNotes whole lines a transcript tool or subtitle site adds, matched against the
 *     stripped line; removed wherever they stand
 * @param maxNoteWords the longest tool note, in words, so a sentence that merely starts like one
 *     ("Transcribed by monks in the twelfth century, …") stays
 */
public record AnnotationRules(Set<String> soundWords, Set<String> sentenceWords, List<Pattern> toolNotes, int maxNoteWords) {

    public AnnotationRules {
        soundWords = Set.copyOf(soundWords);
        sentenceWords = Set.copyOf(sentenceWords);
        toolNotes = List.copyOf(toolNotes);
        if (maxNoteWords < 1) {
            throw new IllegalArgumentException("a tool note has words");
        }
    }

    /** The sounds subtitles and transcripts note, and the notes of Otter, Rev, Descript, Whisper and subtitle sites. */
    public static AnnotationRules defaults() {
        return new AnnotationRules(
                Set.of(
                        "music", "song", "singing", "sings", "instrumental", "jingle", "intro", "outro", "theme",
                        "applause", "clapping", "claps", "cheering", "cheers", "whooping", "booing",
                        "laughter", "laughs", "laugh", "laughing", "chuckles", "chuckle", "chuckling", "giggles",
                        "giggling", "snickers", "sighs", "sigh", "sighing", "coughs", "cough", "coughing", "sniffs",
                        "sniffles", "groans", "grunts", "gasps", "gasp", "screams", "shouts", "yells", "whispers",
                        "cries", "sobs", "exhales", "inhales", "breath", "breathing", "breathes", "hums", "humming",
                        "mumbles", "mumbling", "mutters", "muttering", "stammers", "yawns", "snores", "clears",
                        "inaudible", "unintelligible", "indistinct", "crosstalk", "overlapping", "silence", "pause",
                        "static", "noise", "bleep", "bleeped", "beep", "beeps", "blank_audio", "sfx", "sound",
                        "sounds", "ambient", "chatter", "murmuring", "knocking", "ringing", "thunder", "footsteps",
                        "gunshot", "gunshots", "explosion", "barking", "chirping", "foreign",
                        // Sources a subtitle names with their sound: "(door closes)", "[phone buzzes]".
                        "door", "doorbell", "phone", "telephone", "bell", "bells", "alarm", "siren", "horn", "engine",
                        "dog", "glass", "crowd", "audience", "keyboard", "typing", "wind", "rain", "water", "baby"),
                Set.of(
                        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our",
                        "their", "its", "it", "he", "she", "they", "we", "i", "you", "me", "him", "them", "us",
                        "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
                        "is", "was", "are", "were", "be", "has", "have", "had", "do", "does", "did", "not", "no",
                        "yes", "if", "than", "which", "who", "what", "when", "where", "why", "how", "sic", "also",
                        "just", "very", "really", "both", "all", "some", "any", "other", "such", "only", "here",
                        "there", "now", "one", "two", "e", "i.e", "eg", "ie", "etc", "see", "cf", "aka", "formerly",
                        // "-ing" words that are no sound: "(including taxes)", "(nothing else)".
                        "including", "according", "regarding", "excluding", "assuming", "depending", "meaning",
                        "following", "nothing", "something", "anything", "everything", "during", "morning",
                        "evening", "being", "thing", "things"),
                List.of(
                        Pattern.compile("(?i)\\W*transcri(?:bed|ption|pts?)\\W+(?:\\w+\\W+){0,3}?by\\W.*"),
                        Pattern.compile("(?i)\\W*(?:this\\s+)?(?:transcript|transcription|captions?|subtitles?)\\s+"
                                + "(?:was|were|has\\s+been|have\\s+been|is|are)\\s+(?:\\w+\\s+){0,2}?(?:auto-)?"
                                + "(?:generated|created|produced|transcribed|made|edited|provided)\\b.*"),
                        Pattern.compile("(?i)\\W*(?:auto|automatically|machine|ai|computer)[\\s-]*"
                                + "(?:generated|transcribed)\\s+(?:transcript|transcription|captions?|subtitles?)\\W*"),
                        Pattern.compile("(?i)\\W*(?:transcripts?|captions?|subtitles?)\\s+(?:\\w+\\s+){0,2}?"
                                + "(?:may|might|can|could)\\s+contain\\s+(?:\\w+\\s+)?(?:errors|mistakes|typos)\\b.*"),
                        Pattern.compile("(?i)\\W*(?:(?:this\\s+)?(?:transcript|interview|conversation|episode)"
                                + "\\s+(?:has\\s+been|was|is|have\\s+been)\\s+)?(?:lightly\\s+)?edited\\s+for\\s+"
                                + "(?:length|clarity|brevity|readability)\\b.*"),
                        Pattern.compile("(?i)\\W*(?:downloaded|exported)\\s+from\\s+\\S.*"),
                        Pattern.compile("(?i)\\W*(?:subtitles?|captions?|captioning|closed\\s+captions?)\\s+"
                                + "(?:\\w+\\s+){0,3}?by\\s+\\S.*"),
                        Pattern.compile("(?i)\\W*synced\\s+(?:and\\s+corrected\\s+)?by\\s+\\S.*"),
                        Pattern.compile("(?i).*\\bopensubtitles\\.(?:org|com)\\b.*"),
                        Pattern.compile("(?i)\\W*(?:please\\s+)?(?:check|verify)\\s+(?:\\w+\\s+){0,3}?audio\\s+"
                                + "before\\s+quoting\\b.*"),
                        Pattern.compile("(?i)\\s*\\\\?\\[\\s*(?:transcript|full\\s+transcript|auto[\\s-]*generated"
                                + "\\s+transcript)\\s*\\\\?]\\s*")),
                14);
    }
}
