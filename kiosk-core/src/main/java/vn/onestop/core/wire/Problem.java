package vn.onestop.core.wire;

/** RFC 9457 problem details ({@code application/problem+json}): every error the server returns has this shape. */
public record Problem(String type, String title, int status, String detail) {
    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
