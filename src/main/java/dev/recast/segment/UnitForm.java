package dev.recast.segment;

/**
 * A unit written after a number, said in full: "5 km" is "5 kilometers", "1 kg" "1 kilogram".
 * The symbol is matched with its case ("MB" is not "mb").
 */
public record UnitForm(String symbol, String singular, String plural) {
    public UnitForm {
        if (symbol == null || symbol.isBlank() || singular == null || singular.isBlank() || plural == null
                || plural.isBlank()) {
            throw new IllegalArgumentException("a unit pairs a symbol with its singular and plural");
        }
    }
}
