package vn.onestop.core.identity;

/** Sex as printed on the citizen ID card ("Nam" / "Nữ"). */
public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String cardText;

    Sex(String cardText) {
        this.cardText = cardText;
    }

    /** The word printed on the card and carried in its QR code. */
    public String cardText() {
        return cardText;
    }
}
